#include <gtest/gtest.h>

#include "vmcore/memory.hpp"

namespace xcairo {
namespace {

TEST(Memory, SegmentsAreNumberedLikeCairoLang) {
    Memory m;
    EXPECT_EQ(m.add_segment(), (Relocatable{0, 0}));
    EXPECT_EQ(m.add_segment(), (Relocatable{1, 0}));
    EXPECT_EQ(m.add_temp_segment(), (Relocatable{-1, 0}));
    EXPECT_EQ(m.add_temp_segment(), (Relocatable{-2, 0}));
    EXPECT_EQ(m.segment_count(), 2u);
    EXPECT_EQ(m.temp_segment_count(), 2u);
}

TEST(Memory, WriteOnce) {
    Memory m;
    const Relocatable base = m.add_segment();
    EXPECT_EQ(m.insert(base + 3, Felt::from_u64(7)), Memory::WriteStatus::kOk);
    EXPECT_EQ(m.insert(base + 3, Felt::from_u64(7)), Memory::WriteStatus::kOk);
    EXPECT_EQ(m.insert(base + 3, Felt::from_u64(8)), Memory::WriteStatus::kInconsistent);
    EXPECT_EQ(m.insert(base + 3, Relocatable{0, 7}), Memory::WriteStatus::kInconsistent);
    EXPECT_EQ(*m.get(base + 3), MaybeRelocatable(Felt::from_u64(7)));
    EXPECT_FALSE(m.get(base + 2).has_value());
    EXPECT_FALSE(m.get(base + 100).has_value());
    EXPECT_EQ(m.segment_used_size(0), 4u);
    EXPECT_EQ(m.used_cells(), 1u);
}

TEST(Memory, RejectsMissingSegmentsAndHugeGaps) {
    Memory m;
    m.add_segment();
    EXPECT_EQ(m.insert({5, 0}, Felt()), Memory::WriteStatus::kNoSegment);
    EXPECT_EQ(m.insert({0, Memory::kMaxGap + 10}, Felt()), Memory::WriteStatus::kTooFar);
    EXPECT_FALSE(m.get({-1, 0}).has_value());
}

TEST(Memory, RelocatableAndFeltValuesStayDistinct) {
    Memory m;
    m.add_segment();
    m.insert({0, 0}, Relocatable{3, 9});
    m.insert({0, 1}, Felt::from_u64(9));
    EXPECT_TRUE(m.get({0, 0})->is_relocatable());
    EXPECT_EQ(m.get({0, 0})->relocatable(), (Relocatable{3, 9}));
    EXPECT_FALSE(m.get({0, 1})->is_relocatable());
    EXPECT_EQ(m.get({0, 1})->felt(), Felt::from_u64(9));
}

TEST(Memory, WriteOrderIsRunLengthEncoded) {
    Memory m;
    m.add_segment();
    m.add_segment();
    for (uint64_t i = 0; i < 5; ++i) m.insert({1, i}, Felt::from_u64(i));
    m.insert({0, 0}, Felt());
    m.insert({1, 9}, Felt());
    m.insert({1, 8}, Felt());
    m.insert({1, 8}, Felt());  // not a first write
    const auto& runs = m.write_order();
    ASSERT_EQ(runs.size(), 4u);
    EXPECT_EQ(runs[0].start, (Relocatable{1, 0}));
    EXPECT_EQ(runs[0].count, 5u);
    EXPECT_EQ(runs[1].start, (Relocatable{0, 0}));
    EXPECT_EQ(runs[2].start, (Relocatable{1, 9}));
    EXPECT_EQ(runs[3].start, (Relocatable{1, 8}));
    EXPECT_EQ(m.used_cells(), 8u);
}

}  // namespace
}  // namespace xcairo
