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

TEST(Memory, IntegerAddressesAreSparseAndLogged) {
    Memory m;
    m.add_segment();
    const Relocatable four{kIntegerSegment, 4};
    const Relocatable minus_one{kIntegerSegment, UINT64_MAX};
    EXPECT_FALSE(m.get(four).has_value());
    EXPECT_FALSE(m.first_integer_address().has_value());
    m.insert({0, 0}, Felt());
    EXPECT_EQ(m.insert(four, Felt::from_u64(7)), Memory::WriteStatus::kOk);
    EXPECT_EQ(m.insert(minus_one, Relocatable{0, 0}), Memory::WriteStatus::kOk);
    EXPECT_EQ(m.insert(four, Felt::from_u64(7)), Memory::WriteStatus::kOk);
    EXPECT_EQ(m.insert(four, Felt::from_u64(8)), Memory::WriteStatus::kInconsistent);
    EXPECT_EQ(*m.get(four), MaybeRelocatable(Felt::from_u64(7)));
    EXPECT_EQ(*m.get(minus_one), MaybeRelocatable(Relocatable{0, 0}));
    EXPECT_FALSE(m.get({kIntegerSegment, 5}).has_value());
    EXPECT_EQ(m.first_integer_address(), four);
    EXPECT_EQ(m.used_cells(), 3u);
    ASSERT_EQ(m.write_order().size(), 3u);
    EXPECT_EQ(m.write_order()[1].start, four);
    EXPECT_EQ(m.write_order()[2].start, minus_one);
    const Relocatable too_far{kIntegerSegment, static_cast<uint64_t>(kIntegerAddressLimit)};
    EXPECT_EQ(m.insert(too_far, Felt()), Memory::WriteStatus::kIntegerRange);
    EXPECT_EQ(m.insert({5, 0}, Felt()), Memory::WriteStatus::kNoSegment);
}

}  // namespace
}  // namespace xcairo
