// segments.cairo's hint: memory.add_relocation_rule with memory_dict.py's failures.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

class HintsSegments : public HintFixture {
  protected:
    void setup(const MaybeRelocatable& src, const MaybeRelocatable& dest) {
        hint("memory.add_relocation_rule(src_ptr=ids.src_ptr, dest_ptr=ids.dest_ptr)");
        put(cell("src_ptr", "felt*"), src);
        put(cell("dest_ptr", "felt*"), dest);
    }
};

TEST_F(HintsSegments, AddsTheRuleAndRelocatesStoredPointers) {
    const Relocatable temp = memory().add_temp_segment();
    const Relocatable dest = memory().add_segment();
    setup(temp, dest + 3);
    run();
    EXPECT_EQ(*at(fp()), MaybeRelocatable(dest + 3));  // ids.src_ptr itself now reads as dest
    EXPECT_TRUE(memory().has_relocation_rules());
}

TEST_F(HintsSegments, RealSegmentSource) {
    const Relocatable real = memory().add_segment();
    setup(real, real);
    EXPECT_EQ(run_error(), "AssertionError: src_ptr.segment_index must be < 0, src_ptr=" +
                               real.to_string() + ".");
}

TEST_F(HintsSegments, SourceOffset) {
    const Relocatable temp = memory().add_temp_segment();
    setup(temp + 2, memory().add_segment());
    EXPECT_EQ(run_error(), "AssertionError: src_ptr.offset must be 0, src_ptr=-1:2.");
}

TEST_F(HintsSegments, IntegerSource) {
    setup(Felt::from_u64(5), memory().add_segment());
    EXPECT_EQ(run_error(), "AttributeError: 'int' object has no attribute 'segment_index'");
}

TEST_F(HintsSegments, IntegerDestinationIsNotSupported) {
    setup(memory().add_temp_segment(), Felt::from_u64(5));
    EXPECT_NE(run_error().find("NotImplementedError: xcairo:"), std::string::npos);
}

}  // namespace
}  // namespace xcairo::testing
