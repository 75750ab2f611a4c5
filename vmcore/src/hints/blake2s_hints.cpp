// cairo_blake2s/: the compression of one instance, the finalize padding, Uint256 to 32-bit words
// and the unpacking of packed u32s.
#include "hints/hash_compress.hpp"
#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

using big::U256;

constexpr const char* kUtils = "starkware/cairo/common/cairo_blake2s/blake2s_utils.py";

/// A 32-bit word of the hash state read from memory; cairo-lang computes on wider Python ints,
/// which xcairo refuses.
uint32_t word_at(HintCall& h, const Relocatable& addr, int64_t line) {
    const MaybeRelocatable v = h.mem(addr, line);
    const std::optional<uint64_t> word = v.is_felt() ? v.felt().to_u64() : std::nullopt;
    if (!word || *word > 0xffffffffu) {
        throw HintError("NotImplementedError",
                        "xcairo: blake2s_compress on a value that is not a 32-bit word (" +
                            value_text(v) + ") is not supported.",
                        line);
    }
    return static_cast<uint32_t>(*word);
}

/// The low 32 bits of a counter or flag (blake2s_compress only uses (IV[i] ^ x) % 2**32).
uint32_t low_word_at(HintCall& h, const Relocatable& addr, int64_t line) {
    const MaybeRelocatable v = h.mem(addr, line);
    if (v.is_relocatable())
        throw HintError("TypeError",
                        "unsupported operand type(s) for ^: 'int' and 'RelocatableValue'", line,
                        {{kUtils, 65, "blake2s_compress", ""}});
    return static_cast<uint32_t>(v.felt().canonical()[0]);
}

std::vector<MaybeRelocatable> felts_of(const uint32_t* words, size_t n) {
    std::vector<MaybeRelocatable> out;
    for (size_t i = 0; i < n; ++i) out.emplace_back(Felt::from_u64(words[i]));
    return out;
}

// compute_blake2s_func(segments=segments, output_ptr=ids.output): h at output - 26, the message
// at output - 18, t and f at output - 2 and - 1; the new state at output.
void compute_blake2s(HintCall& h) {
    const Relocatable output = h.ptr(0, 2);
    const auto at = [&](int64_t delta) { return offset_by(output, delta); };
    Words8 state;
    Words16 message;
    for (int64_t i = 0; i < 8; ++i) state[i] = word_at(h, at(i - 26), 2);
    for (int64_t i = 0; i < 16; ++i) message[i] = word_at(h, at(i - 18), 2);
    const uint32_t t = low_word_at(h, at(-2), 2);
    const uint32_t f = low_word_at(h, at(-1), 2);
    const Words8 next = blake2s_compress(state, message, t, 0, f, 0);
    h.ctx.load_data(output, felts_of(next.data(), next.size()));
}

// padding = (modified_iv + message + [0, 0xffffffff] + output) * (_n_packed_instances - 1)
void blake2s_padding(HintCall& h) {
    const std::optional<uint64_t> n_packed = h.felt(0, 4).to_u64();
    if (!n_packed || *n_packed >= 20) hint_assert_failed("", 5);
    const std::optional<uint64_t> chunk = h.felt(1, 6).to_u64();
    if (!chunk || *chunk >= 100) hint_assert_failed("", 7);
    if (*chunk != 16) {
        throw HintError("NotImplementedError",
                        "xcairo: blake2s_compress on a message of " + std::to_string(*chunk) +
                            " words is not supported.",
                        11);
    }
    Words8 modified_iv = kBlake2sIv;
    modified_iv[0] ^= 0x01010020;
    const Words16 message{};
    const Words8 output = blake2s_compress(modified_iv, message, 0, 0, 0xffffffff, 0);
    std::vector<MaybeRelocatable> instance = felts_of(modified_iv.data(), modified_iv.size());
    for (size_t i = 0; i < message.size(); ++i) instance.emplace_back(Felt());
    instance.emplace_back(Felt());
    instance.emplace_back(Felt::from_u64(0xffffffff));
    for (const uint32_t word : output) instance.emplace_back(Felt::from_u64(word));
    h.ctx.load_data(h.ptr(2, 20), repeated(instance, *n_packed == 0 ? 0 : *n_packed - 1));
}

/// segments.write_arg(ids.data + at, the 4 32-bit words of ids.<id>, most significant first
/// when big_endian).
void write_words(HintCall& h, size_t id, uint64_t at, bool big_endian, int64_t line) {
    const U256 v = big::of(h.felt(id, line));
    std::vector<MaybeRelocatable> words;
    for (unsigned i = 0; i < 4; ++i) {
        const unsigned shift = 32 * (big_endian ? 3 - i : i);
        words.emplace_back(Felt::from_u64((v.limb[shift / 64] >> (shift % 64)) & 0xffffffffu));
    }
    h.ctx.load_data(h.ptr(0, line) + at, words);
}

// blake2s_add_uint256: low then high, little-endian words.
void uint256_words(HintCall& h) {
    write_words(h, 2, 0, false, 3);
    write_words(h, 1, 4, false, 4);
}

// blake2s_add_uint256_bigend: high then low, big-endian words.
void uint256_words_bigend(HintCall& h) {
    write_words(h, 1, 0, true, 3);
    write_words(h, 2, 4, true, 4);
}

// memory[ap] = (ids.end != ids.packed_values) and (memory[ids.packed_values] < 2**63)
void next_value_is_small(HintCall& h) {
    const MaybeRelocatable end = h.value(0, 1);
    const MaybeRelocatable packed = h.value(1, 1);
    if (end == packed) return set_ap_bool(h, false);
    if (!packed.is_relocatable())
        throw HintError("NotImplementedError",
                        "xcairo: memory[ids.packed_values] with an integer address is not "
                        "supported.",
                        1);
    const MaybeRelocatable v = h.mem(packed.relocatable(), 1);
    if (v.is_relocatable())
        throw HintError("TypeError",
                        "'<' not supported between instances of 'RelocatableValue' and 'int'", 1);
    set_ap_bool(h, big::less(big::of(v.felt()), big::pow2(63)));
}

// Each packed value: below 2**63 two 32-bit words, else 8 words of value + 2**255.
void unpack_u32s(HintCall& h) {
    const Felt count = h.felt(0, 2);
    const std::optional<uint64_t> n = count.to_u64();
    const Relocatable packed = h.ptr(1, 3);
    const Relocatable unpacked = h.ptr(2, 8);
    uint64_t offset = 0;
    for (uint64_t i = 0; n ? i < *n : true; ++i) {
        const U256 val = big::of(h.mem_felt(packed + i, 3));
        const bool small = big::less(val, big::pow2(63));
        const unsigned len = small ? 2 : 8;
        const U256 full = small ? val : big::add(val, big::pow2(255));
        for (unsigned k = len; k-- > 0;) {
            const unsigned shift = 32 * (len - 1 - k);
            const uint64_t word = (full.limb[shift / 64] >> (shift % 64)) & 0xffffffffu;
            h.ctx.set(unpacked + (offset + k), Felt::from_u64(word));
        }
        offset += len;
    }
}

}  // namespace

std::vector<NativeHint> blake2s_hints() {
    return {
        {"from starkware.cairo.common.cairo_blake2s.blake2s_utils import compute_blake2s_func\n"
         "compute_blake2s_func(segments=segments, output_ptr=ids.output)",
         {"output"}, compute_blake2s},
        {R"(# Add dummy pairs of input and output.
from starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, blake2s_compress

_n_packed_instances = int(ids.N_PACKED_INSTANCES)
assert 0 <= _n_packed_instances < 20
_blake2s_input_chunk_size_felts = int(ids.INPUT_BLOCK_FELTS)
assert 0 <= _blake2s_input_chunk_size_felts < 100

message = [0] * _blake2s_input_chunk_size_felts
modified_iv = [IV[0] ^ 0x01010020] + IV[1:]
output = blake2s_compress(
    message=message,
    h=modified_iv,
    t0=0,
    t1=0,
    f0=0xffffffff,
    f1=0,
)
padding = (modified_iv + message + [0, 0xffffffff] + output) * (_n_packed_instances - 1)
segments.write_arg(ids.blake2s_ptr_end, padding))",
         {"N_PACKED_INSTANCES", "INPUT_BLOCK_FELTS", "blake2s_ptr_end"}, blake2s_padding},
        {R"(B = 32
MASK = 2 ** 32 - 1
segments.write_arg(ids.data, [(ids.low >> (B * i)) & MASK for i in range(4)])
segments.write_arg(ids.data + 4, [(ids.high >> (B * i)) & MASK for i in range(4)]))",
         {"data", "high", "low"}, uint256_words},
        {R"(B = 32
MASK = 2 ** 32 - 1
segments.write_arg(ids.data, [(ids.high >> (B * (3 - i))) & MASK for i in range(4)])
segments.write_arg(ids.data + 4, [(ids.low >> (B * (3 - i))) & MASK for i in range(4)]))",
         {"data", "high", "low"}, uint256_words_bigend},
        {"memory[ap] = to_felt_or_relocatable((ids.end != ids.packed_values) and "
         "(memory[ids.packed_values] < 2**63))",
         {"end", "packed_values"}, next_value_is_small},
        {R"(offset = 0
for i in range(ids.packed_values_len):
    val = (memory[ids.packed_values + i] % PRIME)
    val_len = 2 if val < 2**63 else 8
    if val_len == 8:
        val += 2**255
    for i in range(val_len - 1, -1, -1):
        val, memory[ids.unpacked_u32s + offset + i] = divmod(val, 2**32)
    assert val == 0
    offset += val_len)",
         {"packed_values_len", "packed_values", "unpacked_u32s"}, unpack_u32s},
    };
}

}  // namespace xcairo
