// ec.cairo, cairo_ec_op/ec_op.cairo and merkle_update.cairo hints.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kUnpackBits =
    "curr_m = ids.m\n"
    "for i in range(ids.M_MAX_BITS):\n"
    "    memory[ids.m_bit_unpacking + i] = curr_m % 2\n"
    "    curr_m = curr_m >> 1";

constexpr const char* kRecoverY =
    "from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\n"
    "from starkware.python.math_utils import recover_y\n"
    "ids.p.x = ids.x\n"
    "# This raises an exception if `x` is not on the curve.\n"
    "ids.p.y = recover_y(ids.x, ALPHA, BETA, FIELD_PRIME)";

using HintsEc = HintFixture;

TEST_F(HintsEc, UnpacksTheScalarsBitsFromTheLowest) {
    put(cell("m"), 0b1101);
    constant("M_MAX_BITS", Felt::from_u64(6));
    const Relocatable out = memory().add_segment();
    put(cell("m_bit_unpacking", "felt*"), out);
    hint(kUnpackBits);
    run();
    const int64_t expected[] = {1, 0, 1, 1, 0, 0};
    for (uint64_t i = 0; i < 6; ++i) EXPECT_EQ(felt_at(out + i), Felt::from_i64(expected[i])) << i;
    EXPECT_FALSE(at(out + 6).has_value());
}

TEST_F(HintsEc, SimulatedEcOpFails) {
    hint("assert False, \"ec_op failed.\"");
    EXPECT_EQ(run_error(), "AssertionError: ec_op failed.");
}

TEST_F(HintsEc, MerkleIndexParity) {
    put(cell("index"), 7);
    hint("memory[ap] = ids.index % 2");
    run();
    EXPECT_EQ(felt_at(ap()), Felt::from_u64(1));
}

TEST_F(HintsEc, RecoverYOffTheCurve) {
    // 5 is the smallest x with no point on the Stark curve (cairo-lang's is_quad_residue).
    struct_type("EcPoint", {"x", "y"});
    put(cell("x"), 5);
    reference("p", "[cast(fp + 1, __main__.EcPoint*)]", "__main__.EcPoint");
    hint(kRecoverY);
    EXPECT_EQ(run_error(),
              "starkware.python.math_utils.NotOnCurveException: 5 does not represent the x "
              "coordinate of a point on the curve.");
    EXPECT_EQ(felt_at(fp() + 1), Felt::from_u64(5));
}

}  // namespace
}  // namespace xcairo::testing
