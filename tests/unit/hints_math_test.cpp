// math.cairo, math_cmp.cairo and pow.cairo hints: results and cairo-lang's failure messages.
#include "hint_fixture.hpp"
#include "hints/math_utils.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kAssertNn =
    "from starkware.cairo.common.math_utils import assert_integer\n"
    "assert_integer(ids.a)\n"
    "assert 0 <= ids.a % PRIME < range_check_builtin.bound, f'a = {ids.a} is out of range.'";

constexpr const char* kUnsignedDivRem =
    "from starkware.cairo.common.math_utils import assert_integer\n"
    "assert_integer(ids.div)\n"
    "assert 0 < ids.div <= PRIME // range_check_builtin.bound, \\\n"
    "    f'div={hex(ids.div)} is out of the valid range.'\n"
    "ids.q, ids.r = divmod(ids.value, ids.div)";

constexpr const char* kSignedDivRem =
    "from starkware.cairo.common.math_utils import as_int, assert_integer\n\n"
    "assert_integer(ids.div)\n"
    "assert 0 < ids.div <= PRIME // range_check_builtin.bound, \\\n"
    "    f'div={hex(ids.div)} is out of the valid range.'\n\n"
    "assert_integer(ids.bound)\n"
    "assert ids.bound <= range_check_builtin.bound // 2, \\\n"
    "    f'bound={hex(ids.bound)} is out of the valid range.'\n\n"
    "int_value = as_int(ids.value, PRIME)\n"
    "q, ids.r = divmod(int_value, ids.div)\n\n"
    "assert -ids.bound <= q < ids.bound, \\\n"
    "    f'{int_value} / {ids.div} = {q} is out of the range [{-ids.bound}, {ids.bound}).'\n\n"
    "ids.biased_q = q + ids.bound";

using HintsMath = HintFixture;

TEST_F(HintsMath, AssertNnAcceptsTheRange) {
    hint(kAssertNn);
    with_range_check();
    put(cell("a"), Felt::from_canonical_reduced({0, 0, 1, 0}) - Felt::from_u64(1));
    EXPECT_EQ(run_error(), "");
}

TEST_F(HintsMath, AssertNnRejectsANegativeValue) {
    hint(kAssertNn);
    with_range_check();
    put(cell("a"), -5);
    EXPECT_EQ(run_error(), "AssertionError: a = " + Felt::from_i64(-5).to_dec() + " is out of range.");
}

TEST_F(HintsMath, AssertNnRejectsAPointer) {
    hint(kAssertNn);
    with_range_check();
    put(cell("a"), Relocatable{1, 3});
    EXPECT_EQ(run_error(), "AssertionError: Expected integer, found: 1:3.");
}

TEST_F(HintsMath, AssertNnNeedsTheRangeCheckBuiltin) {
    hint(kAssertNn);
    put(cell("a"), 5);
    EXPECT_EQ(run_error(), "NameError: name 'range_check_builtin' is not defined");
}

TEST_F(HintsMath, UnsignedDivRem) {
    hint(kUnsignedDivRem);
    with_range_check();
    put(cell("div"), 17);
    put(cell("value"), 1000003);
    const Relocatable q = cell("q");
    const Relocatable r = cell("r");
    run();
    EXPECT_EQ(felt_at(q), Felt::from_u64(1000003 / 17));
    EXPECT_EQ(felt_at(r), Felt::from_u64(1000003 % 17));
}

TEST_F(HintsMath, UnsignedDivRemByZero) {
    hint(kUnsignedDivRem);
    with_range_check();
    put(cell("div"), 0);
    EXPECT_EQ(run_error(), "AssertionError: div=0x0 is out of the valid range.");
}

TEST_F(HintsMath, SignedDivRemFloorsNegativeValues) {
    hint(kSignedDivRem);
    with_range_check();
    put(cell("div"), 17);
    put(cell("bound"), 100000);
    put(cell("value"), -1000003);
    const Relocatable r = cell("r");
    const Relocatable biased_q = cell("biased_q");
    run();
    // Python: divmod(-1000003, 17) == (-58824, 5).
    EXPECT_EQ(felt_at(r), Felt::from_u64(5));
    EXPECT_EQ(felt_at(biased_q), Felt::from_i64(-58824 + 100000));
}

TEST_F(HintsMath, SignedDivRemOutOfBound) {
    hint(kSignedDivRem);
    with_range_check();
    put(cell("div"), 1);
    put(cell("bound"), 10);
    put(cell("value"), -1000);
    cell("r");
    cell("biased_q");
    EXPECT_EQ(run_error(),
              "AssertionError: -1000 / 1 = -1000 is out of the range [-10, 10).");
}

TEST_F(HintsMath, AssertLtFelt) {
    hint("from starkware.cairo.common.math_utils import assert_integer\n"
         "assert_integer(ids.a)\nassert_integer(ids.b)\n"
         "assert (ids.a % PRIME) < (ids.b % PRIME), \\\n"
         "    f'a = {ids.a % PRIME} is not less than b = {ids.b % PRIME}.'");
    put(cell("a"), 3);
    put(cell("b"), 3);
    EXPECT_EQ(run_error(), "AssertionError: a = 3 is not less than b = 3.");
}

TEST_F(HintsMath, SqrtOfALargeValueFails) {
    hint("from starkware.python.math_utils import isqrt\n"
         "value = ids.value % PRIME\n"
         "assert value < 2 ** 250, f\"value={value} is outside of the range [0, 2**250).\"\n"
         "assert 2 ** 250 < PRIME\n"
         "ids.root = isqrt(value)");
    put(cell("value"), -1);
    cell("root");
    EXPECT_EQ(run_error(), "AssertionError: value=" + Felt::from_i64(-1).to_dec() +
                               " is outside of the range [0, 2**250).");
}

TEST_F(HintsMath, SqrtRoundsDown) {
    hint("from starkware.python.math_utils import isqrt\n"
         "value = ids.value % PRIME\n"
         "assert value < 2 ** 250, f\"value={value} is outside of the range [0, 2**250).\"\n"
         "assert 2 ** 250 < PRIME\n"
         "ids.root = isqrt(value)");
    put(cell("value"), 1000001);
    const Relocatable root = cell("root");
    run();
    EXPECT_EQ(felt_at(root), Felt::from_u64(1000));
}

TEST_F(HintsMath, IsNnOnTheApCell) {
    hint("memory[ap] = 0 if 0 <= (ids.a % PRIME) < range_check_builtin.bound else 1");
    with_range_check();
    put(cell("a"), -1);
    run();
    EXPECT_EQ(felt_at(ap()), Felt::from_u64(1));
}

TEST_F(HintsMath, PowBitThroughStructMembers) {
    hint("ids.locs.bit = (ids.prev_locs.exp % PRIME) & 1");
    struct_type("LoopLocals", {"bit", "temp0", "temp1", "res", "base", "exp"});
    reference("prev_locs", "cast(fp, __main__.LoopLocals*)", "__main__.LoopLocals*");
    reference("locs", "cast(fp + 6, __main__.LoopLocals*)", "__main__.LoopLocals*");
    put(fp() + 5, 13);
    run();
    EXPECT_EQ(felt_at(fp() + 6), Felt::from_u64(1));
}

TEST_F(HintsMath, AsIntLiftsAroundHalfThePrime) {
    EXPECT_EQ(as_int(Felt::from_i64(-7)).dec(), "-7");
    EXPECT_EQ(as_int(Felt::from_u64(7)).dec(), "7");
}

}  // namespace
}  // namespace xcairo::testing
