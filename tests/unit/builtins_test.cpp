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
    EXPECT_EQ(rc->validate(memory, {1, 0}, MaybeRelocatable(Felt::from_u64(0))), "");
    EXPECT_EQ(rc->validate(memory, {1, 0}, MaybeRelocatable(Felt::from_u64(UINT64_MAX))), "");
}

TEST(RangeCheck, RejectsNegativeAndRelocatableValues) {
    Memory memory;
    memory.add_segment();
    const auto rc = make_range_check_runner(memory.add_segment());
    EXPECT_EQ(rc->validate(memory, {1, 3}, MaybeRelocatable(Felt() - Felt::from_u64(1))),
              "Value 3618502788666131213697322783095070105623107215331596699973092056135872020480, "
              "in range check builtin 3, is out of range [0, "
              "340282366920938463463374607431768211456).");
    EXPECT_EQ(rc->validate(memory, {1, 0}, MaybeRelocatable(Relocatable{1, 2})),
              "Range-check builtin: Expected value at address 1:0 to be an integer. Got: 1:2.");
}

TEST(RangeCheck96, BoundIsTwoTo96) {
    Memory memory;
    memory.add_segment();
    const auto rc = make_builtin_runner("range_check96", memory.add_segment());
    EXPECT_EQ(rc->name(), "range_check96");
    const Felt max = *Felt::parse("79228162514264337593543950335");  // 2^96 - 1
    EXPECT_EQ(rc->validate(memory, {1, 0}, MaybeRelocatable(max)), "");
    EXPECT_EQ(rc->validate(memory, {1, 2}, MaybeRelocatable(max + Felt::from_u64(1))),
              "Value 79228162514264337593543950336, in range check builtin 2, is out of range [0, "
              "79228162514264337593543950336).");
    EXPECT_EQ(rc->validate(memory, {1, 0}, MaybeRelocatable(Relocatable{1, 2})),
              "Range-check builtin: Expected value at address 1:0 to be an integer. Got: 1:2.");
}

TEST(RangeCheck, SecurityCheckFindsMissingCells) {
    Memory memory;
    memory.add_segment();
    const Relocatable base = memory.add_segment();
    const auto rc = make_range_check_runner(base);
    EXPECT_EQ(rc->security_check(memory), std::nullopt);
    memory.insert(base, MaybeRelocatable(Felt::from_u64(1)));
    EXPECT_EQ(rc->security_check(memory), std::nullopt);
    memory.insert(base + 2, MaybeRelocatable(Felt::from_u64(1)));
    EXPECT_EQ(rc->security_check(memory), "Missing memory cells for range_check.");
}

TEST(Bitwise, DeducesOutputsFromInputs) {
    Memory memory;
    memory.add_segment();
    const Relocatable base = memory.add_segment();
    const auto bw = make_bitwise_runner(base);
    EXPECT_TRUE(bw->has_deduction_rule());
    std::optional<MaybeRelocatable> value;
    std::string error;
    EXPECT_TRUE(bw->deduce(memory, base + 2, value, error));
    EXPECT_FALSE(value);
    memory.insert(base, MaybeRelocatable(Felt::from_u64(12)));
    memory.insert(base + 1, MaybeRelocatable(Felt::from_u64(10)));
    const uint64_t expected[] = {8, 6, 14};
    for (uint64_t i = 0; i < 3; ++i) {
        value.reset();
        EXPECT_TRUE(bw->deduce(memory, base + (2 + i), value, error));
        ASSERT_TRUE(value);
        EXPECT_EQ(*value, MaybeRelocatable(Felt::from_u64(expected[i])));
    }
    EXPECT_EQ(bw->verify_auto_deductions(memory), "");
    memory.insert(base + 3, MaybeRelocatable(Felt::from_u64(7)));
    EXPECT_EQ(bw->verify_auto_deductions(memory),
              "Inconsistent auto deduction rule at address 1:3. 7 != 6.");
}

TEST(Bitwise, RejectsLargeAndRelocatableInputs) {
    Memory memory;
    memory.add_segment();
    const Relocatable base = memory.add_segment();
    const auto bw = make_bitwise_runner(base);
    memory.insert(base, MaybeRelocatable(Felt() - Felt::from_u64(1)));
    memory.insert(base + 1, MaybeRelocatable(Relocatable{0, 0}));
    std::optional<MaybeRelocatable> value;
    std::string error;
    EXPECT_FALSE(bw->deduce(memory, base + 4, value, error));
    EXPECT_EQ(error,
              "bitwise builtin: Expected integer at address 1:0 to be smaller than 2^251. Got: "
              "3618502788666131213697322783095070105623107215331596699973092056135872020480.");
}

}  // namespace
