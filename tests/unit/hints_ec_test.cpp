// ec.cairo, cairo_ec_op/ec_op.cairo and merkle_update.cairo hints.
#include "hint_fixture.hpp"
#include "hints/native_hint.hpp"

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

constexpr const char* kRandomEcPoint =
    "from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\n"
    "from starkware.python.math_utils import random_ec_point\n"
    "from starkware.python.utils import to_bytes\n"
    "\n"
    "# Define a seed for random_ec_point that's dependent on all the input, so that:\n"
    "#   (1) The added point s is deterministic.\n"
    "#   (2) It's hard to choose inputs for which the builtin will fail.\n"
    "seed = b\"\".join(map(to_bytes, [ids.p.x, ids.p.y, ids.m, ids.q.x, ids.q.y]))\n"
    "ids.s.x, ids.s.y = random_ec_point(FIELD_PRIME, ALPHA, BETA, seed)";

using HintsEc = HintFixture;

Felt dec(const char* digits) {
    Felt v;
    for (const char* c = digits; *c; ++c) v = v * Felt::from_u64(10) + Felt::from_u64(static_cast<uint64_t>(*c - '0'));
    return v;
}

TEST_F(HintsEc, RandomEcPointFromTheInputsSeed) {
    struct_type("EcPoint", {"x", "y"});
    reference("p", "[cast(fp, __main__.EcPoint*)]", "__main__.EcPoint");
    reference("q", "[cast(fp + 3, __main__.EcPoint*)]", "__main__.EcPoint");
    reference("s", "[cast(fp + 5, __main__.EcPoint*)]", "__main__.EcPoint");
    put(fp(), 1);
    put(fp() + 1, 2);
    reference("m", "[cast(fp + 2, felt*)]", "felt");
    put(fp() + 2, 3);
    put(fp() + 3, 4);
    put(fp() + 4, 5);
    hint(kRandomEcPoint);
    run();
    // random_ec_point(FIELD_PRIME, ALPHA, BETA, b"".join(map(to_bytes, [1, 2, 3, 4, 5]))), the
    // x taken modulo P as the memory stores it.
    EXPECT_EQ(felt_at(fp() + 5),
              dec("23435590929722242049488273925346699333401555251997592958833473406821888268707"));
    EXPECT_EQ(felt_at(fp() + 6),
              dec("3363829673201885583757440168791393146572530886924416973060281702062878637025"));
}

TEST_F(HintsEc, ChainedEcOpRejectsAPointerLength) {
    put(cell("len", "felt*"), Relocatable{1, 3});
    std::string code;
    for (const NativeHint* h : all_native_hints()) {
        if (std::string(h->code).find("n_elms = ids.len") != std::string::npos) code = h->code;
    }
    hint(code);
    EXPECT_EQ(run_error(), "AssertionError: Invalid value for len. Got: 1:3.");
}

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
