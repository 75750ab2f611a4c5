// math.cairo: assert_not_zero, assert_not_equal, assert_nn, assert_250_bit, split_felt,
// assert_le_felt, assert_lt_felt, abs_value/sign, unsigned_div_rem, signed_div_rem, split_int,
// sqrt, is_quad_residue.
#include <algorithm>

#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

using big::U256;

void assert_not_zero(HintCall& h) {
    const Felt value = assert_integer(h, 0, 2);
    if (value.is_zero()) hint_assert_failed("assert_not_zero failed: 0 = 0.", 3);
}

void assert_not_equal(HintCall& h) {
    const MaybeRelocatable a = h.value(0, 2);
    const MaybeRelocatable b = h.value(1, 2);
    const bool both_ints = a.is_felt() && b.is_felt();
    const bool both_relocatable = a.is_relocatable() && b.is_relocatable() &&
                                  a.relocatable().segment == b.relocatable().segment;
    if (!both_ints && !both_relocatable)
        hint_assert_failed("assert_not_equal failed: non-comparable values: " + value_text(a) +
                               ", " + value_text(b) + ".",
                           6);
    if (a == b)
        hint_assert_failed("assert_not_equal failed: " + value_text(a) + " = " + value_text(b) + ".",
                           8);
}

void assert_nn(HintCall& h) {
    const Felt a = assert_integer(h, 0, 2);
    if (!big::less(big::of(a), range_check_bound(h, 3)))
        hint_assert_failed("a = " + a.to_dec() + " is out of range.", 3);
}

void assert_250_bit(HintCall& h) {
    as_int(h, 0, 4);
    const U256 value = big::of(h.felt(0, 4));
    if (!big::less(value, big::of(h.felt(1, 5))))
        hint_assert_failed(big::dec(value) + " is outside of the range [0, 2**250).", 5);
    const U256 shift = big::of(h.felt(2, 8));
    if (shift == U256{}) throw HintError("ZeroDivisionError", "integer division or modulo by zero", 8);
    U256 q, r;
    big::divmod(value, shift, q, r);
    h.set(3, big::felt(q), 8);
    h.set(4, big::felt(r), 8);
}

void split_felt(HintCall& h) {
    const U256 max_high = big::of(h.felt(0, 2));
    const U256 max_low = big::of(h.felt(1, 2));
    if (!big::less(max_high, big::pow2(128)) || !big::less(max_low, big::pow2(128)))
        hint_assert_failed("", 2);
    if (big::add(big::shl(max_high, 128), max_low) != big::sub(big::kPrime, big::from_u64(1)))
        hint_assert_failed("", 3);
    const U256 value = big::of(assert_integer(h, 2, 4));
    h.set(3, big::felt(big::bit_and(value, big::sub(big::pow2(128), big::from_u64(1)))), 5);
    h.set(4, big::felt(big::shr(value, 128)), 6);
}

/// The scope's `excluded` of assert_le_felt.
int64_t& excluded(HintCall& h) { return h.ctx.scopes().get<int64_t>("excluded", 1); }

void assert_le_felt(HintCall& h) {
    const U256 a = big::of(assert_integer(h, 0, 4));
    const U256 b = big::of(assert_integer(h, 1, 5));
    if (!big::less_eq(a, b))
        hint_assert_failed("a = " + big::dec(a) + " is not less than or equal to b = " +
                               big::dec(b) + ".",
                           8);
    struct Arc {
        U256 length;
        int64_t index;
    };
    Arc arcs[3] = {{a, 0}, {big::sub(b, a), 1}, {big::sub(big::sub(big::kPrime, big::from_u64(1)), b), 2}};
    std::sort(std::begin(arcs), std::end(arcs), [](const Arc& x, const Arc& y) {
        const int c = compare(x.length, y.length);
        return c != 0 ? c < 0 : x.index < y.index;
    });
    U256 third, half, rem;
    big::divmod(big::kPrime, big::from_u64(3), third, rem);
    big::divmod(big::kPrime, big::from_u64(2), half, rem);
    if (!big::less_eq(arcs[0].length, third) || !big::less_eq(arcs[1].length, half))
        hint_assert_failed("", 13);
    h.ctx.scopes().set("excluded", arcs[2].index);
    const Relocatable rc = h.ptr(4, 16);
    const auto store_split = [&](const U256& length, size_t divisor_id, uint64_t at, int64_t line) {
        const U256 divisor = big::of(h.felt(divisor_id, line + 1));
        if (divisor == U256{})
            throw HintError("ZeroDivisionError", "integer division or modulo by zero", line);
        U256 q, r;
        big::divmod(length, divisor, q, r);
        h.ctx.set(rc + (at + 1), big::felt(q));
        h.ctx.set(rc + at, big::felt(r));
    };
    store_split(arcs[0].length, 2, 0, 16);
    store_split(arcs[1].length, 3, 2, 18);
}

void excluded_is_not_0(HintCall& h) { set_ap_bool(h, excluded(h) != 0); }
void excluded_is_not_1(HintCall& h) { set_ap_bool(h, excluded(h) != 1); }
void excluded_is_2(HintCall& h) {
    if (excluded(h) != 2) hint_assert_failed("", 1);
}

void assert_lt_felt(HintCall& h) {
    const U256 a = big::of(assert_integer(h, 0, 2));
    const U256 b = big::of(assert_integer(h, 1, 3));
    if (!big::less(a, b))
        hint_assert_failed("a = " + big::dec(a) + " is not less than b = " + big::dec(b) + ".", 4);
}

void is_positive(HintCall& h) {
    const MaybeRelocatable value = h.value(0, 3);
    const U256 bound = range_check_bound(h, 3);
    constexpr const char* kFile = "starkware/cairo/common/math_utils.py";
    if (value.is_relocatable())
        hint_assert_failed("Expected integer, found: " + value_text(value) + ".", 2,
                           {{kFile, 23, "is_positive", "val = as_int(value, prime)"},
                            {kFile, 13, "as_int", "assert_integer(val)"},
                            {kFile, 5, "assert_integer",
                             "assert isinstance(val, int), f\"Expected integer, found: {val}.\""}});
    const SignedInt val = as_int(value.felt());
    if (!big::less(val.magnitude, bound))
        hint_assert_failed("value=" + val.dec() + " is out of the valid range.", 2,
                           {{kFile, 24, "is_positive",
                             "assert abs(val) < rc_bound, f\"value={val} is out of the valid range.\""}});
    h.set(1, Felt::from_u64(!val.negative && val.magnitude != U256{} ? 1 : 0), 2);
}

/// assert_integer(ids.div); assert 0 < ids.div <= PRIME // range_check_builtin.bound.
U256 checked_div(HintCall& h, size_t id, int64_t line) {
    const U256 div = big::of(assert_integer(h, id, line));
    const U256 bound = range_check_bound(h, line + 1);
    U256 limit, rem;
    big::divmod(big::kPrime, bound, limit, rem);
    if (div == U256{} || !big::less_eq(div, limit))
        hint_assert_failed("div=" + big::hex(div) + " is out of the valid range.", line + 1);
    return div;
}

void unsigned_div_rem(HintCall& h) {
    const U256 div = checked_div(h, 0, 2);
    const U256 value = big::of(h.felt(1, 5));
    U256 q, r;
    big::divmod(value, div, q, r);
    h.set(2, big::felt(q), 5);
    h.set(3, big::felt(r), 5);
}

void signed_div_rem(HintCall& h) {
    const U256 div = checked_div(h, 0, 3);
    const U256 bound = big::of(assert_integer(h, 1, 7));
    if (!big::less_eq(bound, big::shr(range_check_bound(h, 8), 1)))
        hint_assert_failed("bound=" + big::hex(bound) + " is out of the valid range.", 8);
    const SignedInt int_value = as_int(h, 2, 11);
    // Python's floor division: a negative value rounds the quotient down.
    SignedInt q;
    U256 r;
    big::divmod(int_value.magnitude, div, q.magnitude, r);
    if (int_value.negative) {
        q.negative = true;
        if (r != U256{}) {
            q.magnitude = big::add(q.magnitude, big::from_u64(1));
            r = big::sub(div, r);
        }
        if (q.magnitude == U256{}) q.negative = false;
    }
    h.set(3, big::felt(r), 12);
    const bool in_range = q.negative ? big::less_eq(q.magnitude, bound) : big::less(q.magnitude, bound);
    if (!in_range)
        hint_assert_failed(int_value.dec() + " / " + big::dec(div) + " = " + q.dec() +
                               " is out of the range [" + SignedInt{bound != U256{}, bound}.dec() +
                               ", " + big::dec(bound) + ").",
                           14);
    const Felt q_felt = q.negative ? -big::felt(q.magnitude) : big::felt(q.magnitude);
    h.set(4, q_felt + big::felt(bound), 17);
}

void split_int_done(HintCall& h) {
    if (!h.felt(0, 1).is_zero()) hint_assert_failed("split_int(): value is out of range.", 1);
}

void split_int_limb(HintCall& h) {
    const Relocatable output = h.ptr(0, 1);
    const U256 value = big::of(h.felt(1, 1));
    const U256 base = big::of(h.felt(2, 1));
    if (base == U256{}) throw HintError("ZeroDivisionError", "integer modulo by zero", 1);
    U256 q, res;
    big::divmod(value, base, q, res);
    h.ctx.set(output, big::felt(res));
    if (!big::less(res, big::of(h.felt(3, 2))))
        hint_assert_failed("split_int(): Limb " + big::dec(res) + " is out of range.", 2);
}

void sqrt(HintCall& h) {
    const U256 value = big::of(h.felt(0, 2));
    if (!big::less(value, big::pow2(250)))
        hint_assert_failed("value=" + big::dec(value) + " is outside of the range [0, 2**250).", 3);
    h.set(1, big::felt(big::isqrt(value)), 5);
}

void is_quad_residue(HintCall& h) {
    const Felt x = h.felt(0, 4);
    // One of x and x / 3 is a square: 3 is not a square modulo P.
    if (const std::optional<Felt> root = x.sqrt()) {
        h.set(1, *root, 6);
    } else {
        h.set(1, *(x / Felt::from_u64(3)).sqrt(), 8);
    }
}

}  // namespace

std::vector<NativeHint> math_hints() {
    return {
        {R"(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.value)
assert ids.value % PRIME != 0, f'assert_not_zero failed: {ids.value} = 0.')",
         {"value"}, assert_not_zero},
        {R"(from starkware.cairo.lang.vm.relocatable import RelocatableValue
both_ints = isinstance(ids.a, int) and isinstance(ids.b, int)
both_relocatable = (
    isinstance(ids.a, RelocatableValue) and isinstance(ids.b, RelocatableValue) and
    ids.a.segment_index == ids.b.segment_index)
assert both_ints or both_relocatable, \
    f'assert_not_equal failed: non-comparable values: {ids.a}, {ids.b}.'
assert (ids.a - ids.b) % PRIME != 0, f'assert_not_equal failed: {ids.a} = {ids.b}.')",
         {"a", "b"}, assert_not_equal},
        {R"(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert 0 <= ids.a % PRIME < range_check_builtin.bound, f'a = {ids.a} is out of range.')",
         {"a"}, assert_nn},
        {R"(from starkware.cairo.common.math_utils import as_int

# Correctness check.
value = as_int(ids.value, PRIME) % PRIME
assert value < ids.UPPER_BOUND, f'{value} is outside of the range [0, 2**250).'

# Calculation for the assertion.
ids.high, ids.low = divmod(ids.value, ids.SHIFT))",
         {"value", "UPPER_BOUND", "SHIFT", "high", "low"}, assert_250_bit},
        {R"(from starkware.cairo.common.math_utils import assert_integer
assert ids.MAX_HIGH < 2**128 and ids.MAX_LOW < 2**128
assert PRIME - 1 == ids.MAX_HIGH * 2**128 + ids.MAX_LOW
assert_integer(ids.value)
ids.low = ids.value & ((1 << 128) - 1)
ids.high = ids.value >> 128)",
         {"MAX_HIGH", "MAX_LOW", "value", "low", "high"}, split_felt},
        {R"(import itertools

from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert_integer(ids.b)
a = ids.a % PRIME
b = ids.b % PRIME
assert a <= b, f'a = {a} is not less than or equal to b = {b}.'

# Find an arc less than PRIME / 3, and another less than PRIME / 2.
lengths_and_indices = [(a, 0), (b - a, 1), (PRIME - 1 - b, 2)]
lengths_and_indices.sort()
assert lengths_and_indices[0][0] <= PRIME // 3 and lengths_and_indices[1][0] <= PRIME // 2
excluded = lengths_and_indices[2][1]

memory[ids.range_check_ptr + 1], memory[ids.range_check_ptr + 0] = (
    divmod(lengths_and_indices[0][0], ids.PRIME_OVER_3_HIGH))
memory[ids.range_check_ptr + 3], memory[ids.range_check_ptr + 2] = (
    divmod(lengths_and_indices[1][0], ids.PRIME_OVER_2_HIGH)))",
         {"a", "b", "PRIME_OVER_3_HIGH", "PRIME_OVER_2_HIGH", "range_check_ptr"}, assert_le_felt},
        {"memory[ap] = 1 if excluded != 0 else 0", {}, excluded_is_not_0},
        {"memory[ap] = 1 if excluded != 1 else 0", {}, excluded_is_not_1},
        {"assert excluded == 2", {}, excluded_is_2},
        {R"(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert_integer(ids.b)
assert (ids.a % PRIME) < (ids.b % PRIME), \
    f'a = {ids.a % PRIME} is not less than b = {ids.b % PRIME}.')",
         {"a", "b"}, assert_lt_felt},
        {R"(from starkware.cairo.common.math_utils import is_positive
ids.is_positive = 1 if is_positive(
    value=ids.value, prime=PRIME, rc_bound=range_check_builtin.bound) else 0)",
         {"value", "is_positive"}, is_positive},
        {R"(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.div)
assert 0 < ids.div <= PRIME // range_check_builtin.bound, \
    f'div={hex(ids.div)} is out of the valid range.'
ids.q, ids.r = divmod(ids.value, ids.div))",
         {"div", "value", "q", "r"}, unsigned_div_rem},
        {R"(from starkware.cairo.common.math_utils import as_int, assert_integer

assert_integer(ids.div)
assert 0 < ids.div <= PRIME // range_check_builtin.bound, \
    f'div={hex(ids.div)} is out of the valid range.'

assert_integer(ids.bound)
assert ids.bound <= range_check_builtin.bound // 2, \
    f'bound={hex(ids.bound)} is out of the valid range.'

int_value = as_int(ids.value, PRIME)
q, ids.r = divmod(int_value, ids.div)

assert -ids.bound <= q < ids.bound, \
    f'{int_value} / {ids.div} = {q} is out of the range [{-ids.bound}, {ids.bound}).'

ids.biased_q = q + ids.bound)",
         {"div", "bound", "value", "r", "biased_q"}, signed_div_rem},
        {"assert ids.value == 0, 'split_int(): value is out of range.'", {"value"}, split_int_done},
        {R"(memory[ids.output] = res = (int(ids.value) % PRIME) % ids.base
assert res < ids.bound, f'split_int(): Limb {res} is out of range.')",
         {"output", "value", "base", "bound"}, split_int_limb},
        {R"(from starkware.python.math_utils import isqrt
value = ids.value % PRIME
assert value < 2 ** 250, f"value={value} is outside of the range [0, 2**250)."
assert 2 ** 250 < PRIME
ids.root = isqrt(value))",
         {"value", "root"}, sqrt},
        {R"(from starkware.crypto.signature.signature import FIELD_PRIME
from starkware.python.math_utils import div_mod, is_quad_residue, sqrt

x = ids.x
if is_quad_residue(x, FIELD_PRIME):
    ids.y = sqrt(x, FIELD_PRIME)
else:
    ids.y = sqrt(div_mod(x, 3, FIELD_PRIME), FIELD_PRIME))",
         {"x", "y"}, is_quad_residue},
    };
}

}  // namespace xcairo
