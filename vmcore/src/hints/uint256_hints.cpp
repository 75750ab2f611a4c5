// uint256.cairo (add, split_64, sqrt, signed_nn, unsigned_div_rem, mul_div_mod) and
// log2_ceil.cairo.
#include "big_uint.hpp"
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

// Python ints of the hints: a felt lifted (< 2^252), a uint256 recombined from two felts
// ((high << 128) + low < 2^381), a product of two of those (< 2^762).
using U256 = BigUint<4>;
using U384 = BigUint<6>;
using U768 = BigUint<12>;

U256 big_of(const HintCall& h, size_t id, int64_t line) { return U256::of(h.felt(id, line)); }

/// (ids.x.high << 128) + ids.x.low, the ids being (high, low) at high_id, high_id + 1.
U384 uint256_value(const HintCall& h, size_t high_id, int64_t line) {
    return (U384::from(big_of(h, high_id, line)) << 128) + U384::from(big_of(h, high_id + 1, line));
}

template <size_t N>
void set_big(HintCall& h, size_t id, const BigUint<N>& v, int64_t line) { h.set(id, v.to_felt(), line); }

/// divmod(n, d) with Python's ZeroDivisionError.
template <size_t N>
void checked_divmod(const BigUint<N>& n, const BigUint<N>& d, BigUint<N>& q, BigUint<N>& r,
                    int64_t line) {
    if (d.is_zero()) throw HintError("ZeroDivisionError", "integer division or modulo by zero", line);
    div_mod(n, d, q, r);
}

// ids: a.low, b.low, SHIFT, carry_low, a.high, b.high, carry_high
void uint256_add(HintCall& h) {
    const U256 sum_low = big_of(h, 0, 1) + big_of(h, 1, 1);
    h.set(3, Felt::from_u64(sum_low < big_of(h, 2, 2) ? 0 : 1), 2);
    const U256 sum_high = big_of(h, 4, 3) + big_of(h, 5, 3) + big_of(h, 3, 3);
    h.set(6, Felt::from_u64(sum_high < big_of(h, 2, 4) ? 0 : 1), 4);
}

// ids: a, low, high
void split_64(HintCall& h) {
    set_big(h, 1, big_of(h, 0, 1).low_bits(64), 1);
    set_big(h, 2, big_of(h, 0, 2) >> 64, 2);
}

// ids: n.high, n.low, root.low, root.high
void uint256_sqrt(HintCall& h) {
    const U384 root = isqrt(uint256_value(h, 0, 2));
    if (!(root < U384::pow2(128))) hint_assert_failed("", 4);
    set_big(h, 2, root, 5);
    h.set(3, Felt(), 6);
}

// memory[ap] = 1 if 0 <= (ids.a.high % PRIME) < 2 ** 127 else 0
void uint256_signed_nn(HintCall& h) {
    set_ap_bool(h, big_of(h, 0, 1) < U256::pow2(127));
}

/// Writes x as ids (low, high) at id, id + 1: x & (2^128 - 1) and x >> 128 (masked to 128 bits
/// when mask_high).
template <size_t N>
void set_halves(HintCall& h, size_t id, const BigUint<N>& x, int64_t line, bool mask_high) {
    set_big(h, id, x.low_bits(128), line);
    const BigUint<N> high = x >> 128;
    set_big(h, id + 1, mask_high ? high.low_bits(128) : high, line + 1);
}

// ids: a.high, a.low, div.high, div.low, quotient.low, quotient.high, remainder.low, remainder.high
void uint256_unsigned_div_rem(HintCall& h) {
    const U384 a = uint256_value(h, 0, 1);
    const U384 div = uint256_value(h, 2, 2);
    U384 q, r;
    checked_divmod(a, div, q, r, 3);
    set_halves(h, 4, q, 5, false);
    set_halves(h, 6, r, 7, false);
}

// ids: a.high, a.low, b.high, b.low, div.high, div.low, quotient_low.low, quotient_low.high,
// quotient_high.low, quotient_high.high, remainder.low, remainder.high
void uint256_mul_div_mod(HintCall& h) {
    const U384 a = uint256_value(h, 0, 1);
    const U384 b = uint256_value(h, 2, 2);
    const U768 div = U768::from(uint256_value(h, 4, 3));
    U768 q, r;
    checked_divmod(U768::from(mul(a, b)), div, q, r, 4);
    set_halves(h, 6, q, 6, true);
    set_halves(h, 8, q >> 256, 8, false);
    set_halves(h, 10, r, 10, false);
}

// from starkware.python.math_utils import log2_ceil
// ids.res = log2_ceil(ids.value)
void log2_ceil(HintCall& h) {
    const U256 value = big_of(h, 0, 2);
    if (value.is_zero())
        hint_assert_failed("", 2, {{"starkware/python/math_utils.py", 75, "log2_ceil", "assert x > 0"}});
    h.set(1, Felt::from_u64((value - U256::from_u64(1)).bit_length()), 2);
}

}  // namespace

std::vector<NativeHint> uint256_hints() {
    return {
        {R"(sum_low = ids.a.low + ids.b.low
ids.carry_low = 1 if sum_low >= ids.SHIFT else 0
sum_high = ids.a.high + ids.b.high + ids.carry_low
ids.carry_high = 1 if sum_high >= ids.SHIFT else 0)",
         {"a.low", "b.low", "SHIFT", "carry_low", "a.high", "b.high", "carry_high"}, uint256_add},
        {"ids.low = ids.a & ((1<<64) - 1)\nids.high = ids.a >> 64", {"a", "low", "high"}, split_64},
        {R"(from starkware.python.math_utils import isqrt
n = (ids.n.high << 128) + ids.n.low
root = isqrt(n)
assert 0 <= root < 2 ** 128
ids.root.low = root
ids.root.high = 0)",
         {"n.high", "n.low", "root.low", "root.high"}, uint256_sqrt},
        {"memory[ap] = 1 if 0 <= (ids.a.high % PRIME) < 2 ** 127 else 0", {"a.high"},
         uint256_signed_nn},
        {R"(a = (ids.a.high << 128) + ids.a.low
div = (ids.div.high << 128) + ids.div.low
quotient, remainder = divmod(a, div)

ids.quotient.low = quotient & ((1 << 128) - 1)
ids.quotient.high = quotient >> 128
ids.remainder.low = remainder & ((1 << 128) - 1)
ids.remainder.high = remainder >> 128)",
         {"a.high", "a.low", "div.high", "div.low", "quotient.low", "quotient.high", "remainder.low",
          "remainder.high"},
         uint256_unsigned_div_rem},
        {R"(a = (ids.a.high << 128) + ids.a.low
b = (ids.b.high << 128) + ids.b.low
div = (ids.div.high << 128) + ids.div.low
quotient, remainder = divmod(a * b, div)

ids.quotient_low.low = quotient & ((1 << 128) - 1)
ids.quotient_low.high = (quotient >> 128) & ((1 << 128) - 1)
ids.quotient_high.low = (quotient >> 256) & ((1 << 128) - 1)
ids.quotient_high.high = quotient >> 384
ids.remainder.low = remainder & ((1 << 128) - 1)
ids.remainder.high = remainder >> 128)",
         {"a.high", "a.low", "b.high", "b.low", "div.high", "div.low", "quotient_low.low",
          "quotient_low.high", "quotient_high.low", "quotient_high.high", "remainder.low",
          "remainder.high"},
         uint256_mul_div_mod},
        {"from starkware.python.math_utils import log2_ceil\nids.res = log2_ceil(ids.value)",
         {"value", "res"}, log2_ceil},
    };
}

}  // namespace xcairo
