// Memory's relocation rules (memory_dict.py's add_relocation_rule, relocate_value and
// relocate_memory).
#include <gtest/gtest.h>

#include "vmcore/errors.hpp"
#include "vmcore/memory.hpp"

namespace xcairo {
namespace {

class MemoryRelocation : public ::testing::Test {
  protected:
    Memory m;
    Relocatable real = m.add_segment();
    Relocatable temp = m.add_temp_segment();
    Relocatable temp2 = m.add_temp_segment();

    std::vector<std::pair<Relocatable, MaybeRelocatable>> cells_in_order() const {
        std::vector<std::pair<Relocatable, MaybeRelocatable>> out;
        for (const WriteRun& run : m.write_order()) {
            for (uint64_t i = 0; i < run.count; ++i) out.emplace_back(run.start + i, *m.get(run.start + i));
        }
        return out;
    }
};

TEST_F(MemoryRelocation, RulesCheckTheirSourceAsCairoLang) {
    EXPECT_EQ(m.add_relocation_rule(real, real), Memory::RuleStatus::kSourceNotTemporary);
    EXPECT_EQ(m.add_relocation_rule(temp + 1, real), Memory::RuleStatus::kSourceOffsetNotZero);
    EXPECT_EQ(m.add_relocation_rule(temp, real + 4), Memory::RuleStatus::kAdded);
    EXPECT_EQ(m.add_relocation_rule(temp, real), Memory::RuleStatus::kSegmentHasRule);
    EXPECT_THROW(m.add_relocation_rule(temp2, Felt::from_u64(3)), Error);
}

TEST_F(MemoryRelocation, ValuesReadRelocatedAddressesDoNot) {
    m.insert(real, temp + 2);
    m.insert(temp + 1, temp);
    EXPECT_FALSE(m.has_relocation_rules());
    m.add_relocation_rule(temp, real + 5);
    EXPECT_TRUE(m.has_relocation_rules());
    EXPECT_EQ(*m.get(real), MaybeRelocatable(real + 7));
    EXPECT_EQ(*m.get(temp + 1), MaybeRelocatable(real + 5));  // the cell itself stays put
    EXPECT_FALSE(m.get(real + 6).has_value());
    EXPECT_EQ(m.relocated(MaybeRelocatable(temp + 9)), MaybeRelocatable(real + 14));
    EXPECT_EQ(m.relocated(MaybeRelocatable(temp2 + 9)), MaybeRelocatable(temp2 + 9));
    EXPECT_EQ(m.relocated(MaybeRelocatable(Felt::from_u64(9))), MaybeRelocatable(Felt::from_u64(9)));
}

TEST_F(MemoryRelocation, ChainedRulesResolveThroughEachOther) {
    m.insert(real, temp2 + 1);
    m.add_relocation_rule(temp2, temp + 3);  // -2 -> -1:3, then -1 -> 0:10
    EXPECT_EQ(*m.get(real), MaybeRelocatable(temp + 4));
    m.add_relocation_rule(temp, real + 10);
    EXPECT_EQ(*m.get(real), MaybeRelocatable(real + 14));
    EXPECT_EQ(m.relocated(temp2), real + 13);
}

TEST_F(MemoryRelocation, ACycleIsRefused) {
    m.add_relocation_rule(temp, temp2 + 1);
    EXPECT_THROW(m.add_relocation_rule(temp2, temp), Error);
}

TEST_F(MemoryRelocation, RelocateMemoryKeepsTheFirstPlaceOfACell) {
    m.insert(real + 1, Felt::from_u64(11));
    m.insert(temp, Felt::from_u64(20));
    m.insert(temp + 1, Felt::from_u64(21));
    m.insert(real + 3, Felt::from_u64(21));  // temp + 1's destination, written later
    m.insert(temp + 2, temp);
    m.add_relocation_rule(temp, real + 2);
    EXPECT_EQ(m.relocate_memory(), "");
    const std::vector<std::pair<Relocatable, MaybeRelocatable>> expected = {
        {real + 1, Felt::from_u64(11)},
        {real + 2, Felt::from_u64(20)},
        {real + 3, Felt::from_u64(21)},
        {real + 4, real + 2},
    };
    EXPECT_EQ(cells_in_order(), expected);
    EXPECT_EQ(m.used_cells(), 4u);
    EXPECT_EQ(m.segment_used_size(0), 5u);
    EXPECT_EQ(m.segment_used_size(temp.segment), 0u);
}

TEST_F(MemoryRelocation, RelocateMemoryReportsAConflict) {
    m.insert(real + 1, Felt::from_u64(3));
    m.insert(temp + 1, Felt::from_u64(2));
    m.add_relocation_rule(temp, real);
    EXPECT_EQ(m.relocate_memory(), "Inconsistent memory assignment at address 0:1. 3 != 2.");
}

TEST_F(MemoryRelocation, WithoutRulesNothingMoves) {
    m.insert(temp, Felt::from_u64(1));
    EXPECT_EQ(m.relocate_memory(), "");
    EXPECT_EQ(*m.get(temp), MaybeRelocatable(Felt::from_u64(1)));
}

}  // namespace
}  // namespace xcairo
