// keccak.cairo: unsafe_keccak and unsafe_keccak_finalize hash in the hint (Ethereum's keccak256).
#include <limits>

#include "builtins/keccak.hpp"
#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

/// keccak256 (rate 136 bytes, padding 0x01 ... 0x80), as eth_hash computes it.
std::array<uint8_t, 32> keccak256(std::vector<uint8_t> input) {
    constexpr size_t kRate = 136;
    input.push_back(0x01);
    while (input.size() % kRate != 0) input.push_back(0);
    input.back() |= 0x80;
    KeccakState state{};
    for (size_t block = 0; block < input.size(); block += kRate) {
        for (size_t lane = 0; lane < kRate / 8; ++lane) {
            uint64_t v = 0;
            for (int b = 7; b >= 0; --b) v = (v << 8) | input[block + lane * 8 + b];
            state[lane] ^= v;
        }
        keccak_f1600(state);
    }
    std::array<uint8_t, 32> out{};
    for (size_t i = 0; i < 32; ++i) out[i] = static_cast<uint8_t>(state[i / 8] >> (8 * (i % 8)));
    return out;
}

/// int.from_bytes(bytes[from:from + 16], 'big').
Felt big_endian_16(const std::array<uint8_t, 32>& bytes, size_t from) {
    Felt::Limbs limbs{};
    for (size_t i = 0; i < 16; ++i) {
        const size_t bit = 8 * (15 - i);
        limbs[bit / 64] |= static_cast<uint64_t>(bytes[from + i]) << (bit % 64);
    }
    return *Felt::from_canonical(limbs);
}

/// word.to_bytes(n, 'big') appended to out. Precondition: word < 2^(8n), n <= 16.
void append_big_endian(std::vector<uint8_t>& out, const Felt& word, size_t n) {
    const Felt::Limbs limbs = word.canonical();
    for (size_t i = n; i-- > 0;) out.push_back(static_cast<uint8_t>(limbs[i / 8] >> (8 * (i % 8))));
}

/// ids.high, ids.low = the two halves of the hash (ids at high_id, high_id + 1).
void set_hash(HintCall& h, const std::vector<uint8_t>& input, size_t high_id, int64_t line) {
    const std::array<uint8_t, 32> hashed = keccak256(input);
    h.set(high_id, big_endian_16(hashed, 0), line);
    h.set(high_id + 1, big_endian_16(hashed, 16), line + 1);
}

Felt word_at(HintCall& h, const Relocatable& addr, int64_t line) {
    const MaybeRelocatable word = h.mem(addr, line);
    if (word.is_relocatable())
        throw HintError("TypeError", "xcairo: a keccak input word is a relocatable value.", line + 2);
    return word.felt();
}

// ids: data, length, high, low
void unsafe_keccak(HintCall& h) {
    const Relocatable data = h.ptr(0, 3);
    const Felt length = h.felt(1, 3);
    if (const int64_t* max = h.ctx.scopes().find<int64_t>("__keccak_max_size")) {
        if (big::less(big::from_u64(static_cast<uint64_t>(*max)), big::of(length)))
            hint_assert_failed("unsafe_keccak() can only be used with length<=" +
                                   std::to_string(*max) + ". Got: length=" + length.to_dec() + ".",
                               6);
    }
    const uint64_t n = length.to_u64().value_or(std::numeric_limits<uint64_t>::max());
    std::vector<uint8_t> input;
    for (uint64_t byte_i = 0, word_i = 0; byte_i < n; byte_i += 16, ++word_i) {
        const Felt word = word_at(h, data + word_i, 12);
        const uint64_t n_bytes = std::min<uint64_t>(16, n - byte_i);
        if (!big::less(big::of(word), big::pow2(static_cast<unsigned>(8 * n_bytes))))
            hint_assert_failed("", 14);
        append_big_endian(input, word, n_bytes);
    }
    set_hash(h, input, 2, 18);
}

// ids: keccak_state.end_ptr, keccak_state.start_ptr, high, low
void unsafe_keccak_finalize(HintCall& h) {
    const Relocatable end = h.ptr(0, 3);
    const Relocatable start = h.ptr(1, 3);
    if (end.segment != start.segment || end.offset < start.offset)
        throw HintError("NotImplementedError",
                        "xcairo: keccak_state.end_ptr is not after keccak_state.start_ptr.", 3);
    std::vector<uint8_t> input;
    for (uint64_t i = 0; i < end.offset - start.offset; ++i) {
        const Felt word = word_at(h, start + i, 4);
        if (!big::less(big::of(word), big::pow2(128)))
            throw HintError("OverflowError", "int too big to convert", 5);
        append_big_endian(input, word, 16);
    }
    set_hash(h, input, 2, 7);
}

}  // namespace

std::vector<NativeHint> keccak_hints() {
    return {
        {R"(from eth_hash.auto import keccak

data, length = ids.data, ids.length

if '__keccak_max_size' in globals():
    assert length <= __keccak_max_size, \
        f'unsafe_keccak() can only be used with length<={__keccak_max_size}. ' \
        f'Got: length={length}.'

keccak_input = bytearray()
for word_i, byte_i in enumerate(range(0, length, 16)):
    word = memory[data + word_i]
    n_bytes = min(16, length - byte_i)
    assert 0 <= word < 2 ** (8 * n_bytes)
    keccak_input += word.to_bytes(n_bytes, 'big')

hashed = keccak(keccak_input)
ids.high = int.from_bytes(hashed[:16], 'big')
ids.low = int.from_bytes(hashed[16:32], 'big'))",
         {"data", "length", "high", "low"}, unsafe_keccak},
        {R"(from eth_hash.auto import keccak
keccak_input = bytearray()
n_elms = ids.keccak_state.end_ptr - ids.keccak_state.start_ptr
for word in memory.get_range(ids.keccak_state.start_ptr, n_elms):
    keccak_input += word.to_bytes(16, 'big')
hashed = keccak(keccak_input)
ids.high = int.from_bytes(hashed[:16], 'big')
ids.low = int.from_bytes(hashed[16:32], 'big'))",
         {"keccak_state.end_ptr", "keccak_state.start_ptr", "high", "low"}, unsafe_keccak_finalize},
    };
}

}  // namespace xcairo
