// What a layout allocates a builtin (SimpleBuiltinRunner's get_allocated_instances and
// get_used_cells_and_allocated_size): the ratio paths the corpus cannot reach through cairo-run
// (no ratio: the dynamic layout sized by use; a ratio denominator), and the error texts.
#include <gtest/gtest.h>

#include "builtins/builtin_runner.hpp"

namespace {

using namespace xcairo;

struct Fixture {
    Memory memory;
    Relocatable base;
    std::unique_ptr<BuiltinRunner> runner;

    /// A `name` runner configured with `def`, its segment holding `used` cells.
    Fixture(const std::string& name, const BuiltinInstanceDef& def, uint64_t used) {
        memory.add_segment();
        base = memory.add_segment();
        runner = make_builtin_runner(name, base);
        runner->configure(def, true);
        for (uint64_t i = 0; i < used; ++i) memory.insert(base + i, MaybeRelocatable(Felt::from_u64(i)));
    }
};

BuiltinInstanceDef range_check_def(std::optional<uint64_t> ratio, uint64_t den = 1) {
    return {"range_check", ratio, den, 1, 1, {{"n_parts", "8"}}};
}

TEST(BuiltinAllocation, RatioGivesOneInstancePerRatioSteps) {
    Fixture f("range_check", range_check_def(8), 5);
    EXPECT_EQ(f.runner->allocated_instances(f.memory, 64), 8u);
    EXPECT_EQ(f.runner->used_cells_and_allocated_size(f.memory, 64), std::make_pair(uint64_t{5}, uint64_t{8}));
    EXPECT_EQ(f.runner->allocated_memory_units(f.memory, 64), 8u);
    EXPECT_EQ(f.runner->used_perm_range_check_units(f.memory, 64), 5u * 8);
}

TEST(BuiltinAllocation, RatioDenominatorGivesSeveralInstancesPerStep) {
    Fixture f("range_check", range_check_def(1, 4), 0);
    EXPECT_EQ(f.runner->allocated_instances(f.memory, 16), 64u);  // steps * den / ratio
}

TEST(BuiltinAllocation, NoRatioAllocatesWhatIsUsedUpToAPowerOfTwo) {
    Fixture f("range_check", range_check_def(std::nullopt), 5);
    EXPECT_EQ(f.runner->allocated_instances(f.memory, 3), 8u);
    Fixture empty("range_check", range_check_def(std::nullopt), 0);
    EXPECT_EQ(empty.runner->allocated_instances(empty.memory, 3), 0u);
}

TEST(BuiltinAllocation, ZeroRatioAllocatesNothing) {
    Fixture f("range_check", range_check_def(0), 1);
    EXPECT_EQ(f.runner->allocated_instances(f.memory, 1024), 0u);
    try {
        f.runner->used_cells_and_allocated_size(f.memory, 1024);
        FAIL();
    } catch (const InsufficientAllocatedCells& e) {
        EXPECT_STREQ(e.what(), "The range_check builtin used 1 cells but the capacity is 0.");
    }
}

TEST(BuiltinAllocation, TooFewStepsForOneComponent) {
    Fixture f("range_check", range_check_def(8), 0);
    try {
        f.runner->allocated_instances(f.memory, 4);
        FAIL();
    } catch (const InsufficientAllocatedCells& e) {
        EXPECT_STREQ(e.what(), "Number of steps must be at least 8 for the range_check builtin.");
    }
    EXPECT_THROW(f.runner->allocated_instances(f.memory, 12), AssertionFailure);  // 12 % 8 != 0
}

}  // namespace
