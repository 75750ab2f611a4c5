// The range_check builtin runner: validation rule and security checks.
#include <gtest/gtest.h>

#include "builtins/builtin_runner.hpp"

namespace {

using namespace xcairo;

TEST(RangeCheck, AcceptsValuesBelowTwoTo128) {
    Memory memory;
    memory.add_segment();
    const auto rc = make_range_check_runner(memory.add_segment());
    EXPECT_EQ(rc->name(), "range_check");
    EXPECT_TRUE(rc->has_validation_rule());
    EXPECT_EQ(rc->validate({1, 0}, MaybeRelocatable(Felt::from_u64(0))), "");
    EXPECT_EQ(rc->validate({1, 0}, MaybeRelocatable(Felt::from_u64(UINT64_MAX))), "");
}

TEST(RangeCheck, RejectsNegativeAndRelocatableValues) {
    Memory memory;
    memory.add_segment();
    const auto rc = make_range_check_runner(memory.add_segment());
    EXPECT_EQ(rc->validate({1, 3}, MaybeRelocatable(Felt() - Felt::from_u64(1))),
              "Value 3618502788666131213697322783095070105623107215331596699973092056135872020480, "
              "in range check builtin 3, is out of range [0, "
              "340282366920938463463374607431768211456).");
    EXPECT_EQ(rc->validate({1, 0}, MaybeRelocatable(Relocatable{1, 2})),
              "Range-check builtin: Expected value at address 1:0 to be an integer. Got: 1:2.");
}

TEST(RangeCheck, SecurityCheckFindsMissingCells) {
    Memory memory;
    memory.add_segment();
    const Relocatable base = memory.add_segment();
    const auto rc = make_range_check_runner(base);
    EXPECT_EQ(rc->security_check(memory), "");
    memory.insert(base, MaybeRelocatable(Felt::from_u64(1)));
    EXPECT_EQ(rc->security_check(memory), "");
    memory.insert(base + 2, MaybeRelocatable(Felt::from_u64(1)));
    EXPECT_EQ(rc->security_check(memory), "Missing memory cells for range_check.");
}

}  // namespace
