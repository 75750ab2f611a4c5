// Keccak in Cairo: cairo_keccak/, builtin_keccak/, keccak_utils/ and
// simulate_builtin_keccak_with_cairo/: word splits, keccak_func on 25 64-bit lanes, padding.
#include "big_uint.hpp"
#include "builtins/keccak.hpp"
#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

using big::U256;

/// The scope variable `keccak_func` once a hint imported it.
struct KeccakFuncImported {};

/// The low `bits` bits of v (bits < 256).
U256 low_bits(const U256& v, unsigned bits) {
    return big::bit_and(v, big::sub(big::pow2(bits), big::from_u64(1)));
}

/// ids.<high>, ids.<low> = divmod(value, 2 ** bits), written on hint line `line`.
void set_divmod(HintCall& h, const U256& value, unsigned bits, size_t high, size_t low,
                int64_t line) {
    h.set(high, big::felt(big::shr(value, bits)), line);
    h.set(low, big::felt(low_bits(value, bits)), line);
}

// ids.highN, ids.lowN = divmod(memory[ids.inputs + N], 256 ** Bytes) (and ids.felt_array)
template <uint64_t Index, unsigned Bytes>
void split_input_word(HintCall& h) {
    const U256 word = big::of(h.mem_felt(h.ptr(0, 1) + Index, 1));
    set_divmod(h, word, 8 * Bytes, 1, 2, 1);
}

// ids.n_words_to_copy, ids.n_bytes_left = divmod(ids.n_bytes, ids.BYTES_IN_WORD)
void split_n_bytes(HintCall& h) {
    const U256 divisor = big::of(h.felt(1, 1));
    if (divisor == U256{})
        throw HintError("ZeroDivisionError", "integer division or modulo by zero", 1);
    U256 q, r;
    big::divmod(big::of(h.felt(0, 1)), divisor, q, r);
    h.set(2, big::felt(q), 1);
    h.set(3, big::felt(r), 1);
}

// ids.output0_low = ids.output0 & ((1 << 128) - 1); ids.output0_high = ids.output0 >> 128
void split_output0(HintCall& h) {
    const U256 output0 = big::of(h.felt(0, 1));
    h.set(1, big::felt(low_bits(output0, 128)), 1);
    h.set(2, big::felt(big::shr(output0, 128)), 2);
}

// tmp, ids.output1_low = divmod(ids.output1, 256 ** 7)
// ids.output1_high, ids.output1_mid = divmod(tmp, 2 ** 128)
void split_output1(HintCall& h) {
    const U256 output1 = big::of(h.felt(0, 1));
    h.set(1, big::felt(low_bits(output1, 56)), 1);
    set_divmod(h, big::shr(output1, 56), 128, 2, 3, 2);
}

// memory[ap] = to_felt_or_relocatable(ids.n_bytes >= ids.KECCAK_FULL_RATE_IN_BYTES)
void n_bytes_at_least_rate(HintCall& h) {
    set_ap_bool(h, !big::less(big::of(h.felt(0, 1)), big::of(h.felt(1, 1))));
}

// memory[ap] = to_felt_or_relocatable(ids.n_bytes < ids.BYTES_IN_WORD)
void n_bytes_below_word(HintCall& h) {
    set_ap_bool(h, big::less(big::of(h.felt(0, 1)), big::of(h.felt(1, 1))));
}

// segments.write_arg(ids.inputs, [ids.low % 2 ** 64, ids.low // 2 ** 64])
// segments.write_arg(ids.inputs + 2, [ids.high % 2 ** 64, ids.high // 2 ** 64])
void split_uint256_lanes(HintCall& h) {
    const auto write_halves = [&](size_t id, uint64_t at, int64_t line) {
        const U256 v = big::of(h.felt(id, line));
        h.ctx.load_data(h.ptr(0, line) + at,
                        {big::felt(low_bits(v, 64)), big::felt(big::shr(v, 64))});
    };
    write_halves(1, 0, 1);
    write_halves(2, 2, 2);
}

/// keccak_func on 25 lanes read as Python ints: the lanes must be 64-bit integers (cairo-lang
/// computes on wider ones with Python's unbounded xor; xcairo refuses them).
KeccakState lanes_of(const std::vector<MaybeRelocatable>& values, int64_t line) {
    KeccakState state{};
    for (size_t i = 0; i < state.size(); ++i) {
        const std::optional<uint64_t> lane =
            values[i].is_felt() ? values[i].felt().to_u64() : std::nullopt;
        if (!lane) {
            throw HintError("NotImplementedError",
                            "xcairo: keccak_func on a lane that is not a 64-bit integer (" +
                                value_text(values[i]) + ") is not supported.",
                            line);
        }
        state[i] = *lane;
    }
    return state;
}

std::vector<MaybeRelocatable> felts_of(const KeccakState& state) {
    std::vector<MaybeRelocatable> out;
    for (const uint64_t lane : state) out.emplace_back(Felt::from_u64(lane));
    return out;
}

/// int(ids.KECCAK_STATE_SIZE_FELTS) (read on `read_line`), asserted 0 <= size < 100 on
/// `assert_line`; keccak_func itself (called on `func_line`) needs exactly 25.
size_t keccak_state_size(HintCall& h, int64_t read_line, int64_t assert_line, int64_t func_line) {
    const std::optional<uint64_t> size = h.felt(0, read_line).to_u64();
    if (!size || *size >= 100) hint_assert_failed("", assert_line);
    if (*size != 25) {
        throw HintError("NotImplementedError",
                        "xcairo: keccak_func on " + std::to_string(*size) +
                            " values is not supported.",
                        func_line);
    }
    return *size;
}

// output_values = keccak_func(memory.get_range(ids.keccak_ptr - 25, 25))
// segments.write_arg(ids.keccak_ptr, output_values)
void keccak_block(HintCall& h) {
    const size_t size = keccak_state_size(h, 2, 3, 5);
    const Relocatable end = h.ptr(1, 5);
    std::vector<MaybeRelocatable> values;
    for (size_t i = 0; i < size; ++i) {
        const int64_t back = static_cast<int64_t>(i) - static_cast<int64_t>(size);
        values.push_back(h.mem(offset_by(end, back), 5));
    }
    h.ctx.scopes().set("keccak_func", KeccakFuncImported{});
    KeccakState state = lanes_of(values, 5);
    keccak_f1600(state);
    h.ctx.load_data(end, felts_of(state));
}

// padding = (inp + keccak_func(inp)) * _block_size with inp = [0] * 25, at ids.keccak_ptr_end
// (keccak_func comes from the scope: the import of the hint above, run in the same scope.)
void keccak_padding(HintCall& h) {
    const size_t size = keccak_state_size(h, 2, 4, 7);
    const std::optional<uint64_t> block_size = h.felt(1, 3).to_u64();
    if (!block_size || *block_size >= 10) hint_assert_failed("", 5);
    if (h.ctx.scopes().current().count("keccak_func") == 0)
        throw HintError("NameError", "name 'keccak_func' is not defined", 7);
    KeccakState state{};
    keccak_f1600(state);
    std::vector<MaybeRelocatable> pair(size, MaybeRelocatable(Felt()));
    const std::vector<MaybeRelocatable> output = felts_of(state);
    pair.insert(pair.end(), output.begin(), output.end());
    h.ctx.load_data(h.ptr(2, 8), repeated(pair, *block_size));
}

// full_num = s0 + 2**200 * s1 + ... + 2**1400 * s7; memory[ids.felt_array + i] = 64-bit words
void keccak_state_to_lanes(HintCall& h) {
    // 1,600 bits of lanes plus the carries of the top felt (at most 1,652 bits): 29 limbs.
    using Wide = BigUint<29>;
    Wide full{};
    for (unsigned i = 0; i < 8; ++i) full = full + (Wide::of(h.felt(1 + i, i + 1)) << (200 * i));
    const Relocatable out = h.ptr(0, 10);
    for (uint64_t i = 0; i < 25; ++i) h.ctx.set(out + i, Felt::from_u64(full.limb[i]));
}

}  // namespace

std::vector<NativeHint> cairo_keccak_hints() {
    return {
        {"ids.high3, ids.low3 = divmod(memory[ids.inputs + 3], 256)",
         {"inputs", "high3", "low3"},
         split_input_word<3, 1>},
        {"ids.high6, ids.low6 = divmod(memory[ids.inputs + 6], 256 ** 2)",
         {"inputs", "high6", "low6"},
         split_input_word<6, 2>},
        {"ids.high9, ids.low9 = divmod(memory[ids.inputs + 9], 256 ** 3)",
         {"inputs", "high9", "low9"},
         split_input_word<9, 3>},
        {"ids.high12, ids.low12 = divmod(memory[ids.inputs + 12], 256 ** 4)",
         {"inputs", "high12", "low12"},
         split_input_word<12, 4>},
        {"ids.high15, ids.low15 = divmod(memory[ids.inputs + 15], 256 ** 5)",
         {"inputs", "high15", "low15"},
         split_input_word<15, 5>},
        {"ids.high3, ids.low3 = divmod(memory[ids.felt_array + 3], 256)",
         {"felt_array", "high3", "low3"},
         split_input_word<3, 1>},
        {"ids.high6, ids.low6 = divmod(memory[ids.felt_array + 6], 256 ** 2)",
         {"felt_array", "high6", "low6"},
         split_input_word<6, 2>},
        {"ids.high9, ids.low9 = divmod(memory[ids.felt_array + 9], 256 ** 3)",
         {"felt_array", "high9", "low9"},
         split_input_word<9, 3>},
        {"ids.high12, ids.low12 = divmod(memory[ids.felt_array + 12], 256 ** 4)",
         {"felt_array", "high12", "low12"},
         split_input_word<12, 4>},
        {"ids.high15, ids.low15 = divmod(memory[ids.felt_array + 15], 256 ** 5)",
         {"felt_array", "high15", "low15"},
         split_input_word<15, 5>},
        {"ids.high18, ids.low18 = divmod(memory[ids.felt_array + 18], 256 ** 6)",
         {"felt_array", "high18", "low18"},
         split_input_word<18, 6>},
        {"ids.high21, ids.low21 = divmod(memory[ids.felt_array + 21], 256 ** 7)",
         {"felt_array", "high21", "low21"},
         split_input_word<21, 7>},
        {"ids.n_words_to_copy, ids.n_bytes_left = divmod(ids.n_bytes, ids.BYTES_IN_WORD)",
         {"n_bytes", "BYTES_IN_WORD", "n_words_to_copy", "n_bytes_left"}, split_n_bytes},
        {"ids.output0_low = ids.output0 & ((1 << 128) - 1)\nids.output0_high = ids.output0 >> 128",
         {"output0", "output0_low", "output0_high"}, split_output0},
        {"tmp, ids.output1_low = divmod(ids.output1, 256 ** 7)\n"
         "ids.output1_high, ids.output1_mid = divmod(tmp, 2 ** 128)",
         {"output1", "output1_low", "output1_high", "output1_mid"}, split_output1},
        {"memory[ap] = to_felt_or_relocatable(ids.n_bytes >= ids.KECCAK_FULL_RATE_IN_BYTES)",
         {"n_bytes", "KECCAK_FULL_RATE_IN_BYTES"}, n_bytes_at_least_rate},
        {"memory[ap] = to_felt_or_relocatable(ids.n_bytes < ids.BYTES_IN_WORD)",
         {"n_bytes", "BYTES_IN_WORD"}, n_bytes_below_word},
        {"segments.write_arg(ids.inputs, [ids.low % 2 ** 64, ids.low // 2 ** 64])\n"
         "segments.write_arg(ids.inputs + 2, [ids.high % 2 ** 64, ids.high // 2 ** 64])",
         {"inputs", "low", "high"}, split_uint256_lanes},
        {R"(from starkware.cairo.common.keccak_utils.keccak_utils import keccak_func
_keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)
assert 0 <= _keccak_state_size_felts < 100

output_values = keccak_func(memory.get_range(
    ids.keccak_ptr - _keccak_state_size_felts, _keccak_state_size_felts))
segments.write_arg(ids.keccak_ptr, output_values))",
         {"KECCAK_STATE_SIZE_FELTS", "keccak_ptr"}, keccak_block},
        {R"(# Add dummy pairs of input and output.
_keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)
_block_size = int(ids.BLOCK_SIZE)
assert 0 <= _keccak_state_size_felts < 100
assert 0 <= _block_size < 10
inp = [0] * _keccak_state_size_felts
padding = (inp + keccak_func(inp)) * _block_size
segments.write_arg(ids.keccak_ptr_end, padding))",
         {"KECCAK_STATE_SIZE_FELTS", "BLOCK_SIZE", "keccak_ptr_end"}, keccak_padding},
        {R"(full_num = ids.keccak_builtin_state.s0
full_num += (2**200) * ids.keccak_builtin_state.s1
full_num += (2**400) * ids.keccak_builtin_state.s2
full_num += (2**600) * ids.keccak_builtin_state.s3
full_num += (2**800) * ids.keccak_builtin_state.s4
full_num += (2**1000) * ids.keccak_builtin_state.s5
full_num += (2**1200) * ids.keccak_builtin_state.s6
full_num += (2**1400) * ids.keccak_builtin_state.s7
for i in range(25):
    memory[ids.felt_array + i] = full_num % (2**64)
    full_num = full_num >> 64)",
         {"felt_array", "keccak_builtin_state.s0", "keccak_builtin_state.s1",
          "keccak_builtin_state.s2",
          "keccak_builtin_state.s3", "keccak_builtin_state.s4", "keccak_builtin_state.s5",
          "keccak_builtin_state.s6", "keccak_builtin_state.s7"},
         keccak_state_to_lanes},
    };
}

}  // namespace xcairo
