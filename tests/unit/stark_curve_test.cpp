// Stark curve arithmetic and ec_op against cairo-lang's math_utils and ec_op_impl
// (curve_vectors.hpp).
#include <gtest/gtest.h>

#include "builtins/stark_curve.hpp"
#include "curve_fixtures.hpp"

namespace {

using namespace xcairo;
using curve::AffinePoint;
using curve::CurveStatus;
using curve::JacobianPoint;
using curve_fixtures::felt;
using curve_fixtures::point;

TEST(StarkCurve, ConstantsAreOnTheCurve) {
    EXPECT_TRUE(curve::on_curve(curve::kShiftPoint));
    EXPECT_TRUE(curve::on_curve(curve::kEcGen));
    EXPECT_FALSE(curve::on_curve({Felt::from_u64(1), Felt::from_u64(1)}));
}

TEST(StarkCurve, EcAdd) {
    for (const auto& v : curve_vectors::kEcAdd) {
        AffinePoint sum;
        ASSERT_EQ(curve::ec_add(point(v.a), point(v.b), sum), CurveStatus::ok);
        EXPECT_POINT_EQ(sum, point(v.sum));
        // The Jacobian forms agree.
        const JacobianPoint a = JacobianPoint::from_affine(point(v.a));
        EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_add(a, JacobianPoint::from_affine(
                                                                    point(v.b)))),
                        point(v.sum));
        EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_add_mixed(a, point(v.b))), point(v.sum));
    }
}

TEST(StarkCurve, EcDouble) {
    for (const auto& v : curve_vectors::kEcDouble) {
        AffinePoint twice;
        ASSERT_EQ(curve::ec_double(point(v.a), twice), CurveStatus::ok);
        EXPECT_POINT_EQ(twice, point(v.sum));
        const JacobianPoint a = JacobianPoint::from_affine(point(v.a));
        EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_double(a)), point(v.sum));
        // The complete additions fall back to doubling.
        EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_add(a, a)), point(v.sum));
        EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_add_mixed(a, point(v.a))), point(v.sum));
    }
}

TEST(StarkCurve, AffineFailuresFollowTheAsserts) {
    const AffinePoint p = point(curve_vectors::kEcAdd[0].a);
    const AffinePoint minus_p{p.x, -p.y};
    AffinePoint out;
    EXPECT_EQ(curve::ec_add(p, p, out), CurveStatus::same_x);
    EXPECT_EQ(curve::ec_add(p, minus_p, out), CurveStatus::same_x);
    EXPECT_EQ(curve::ec_double({p.x, Felt{}}, out), CurveStatus::y_zero);
    EXPECT_EQ(curve::ec_mult({0, 0, 0, 0}, p, out), CurveStatus::zero_multiplier);
}

TEST(StarkCurve, InfinityInJacobianSums) {
    const AffinePoint p = point(curve_vectors::kEcAdd[0].a);
    const JacobianPoint jp = JacobianPoint::from_affine(p);
    const JacobianPoint minus = JacobianPoint::from_affine({p.x, -p.y});
    EXPECT_TRUE(curve::jacobian_add(jp, minus).is_infinity());
    EXPECT_TRUE(curve::jacobian_add_mixed(jp, {p.x, -p.y}).is_infinity());
    EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_add(JacobianPoint{}, jp)), p);
    EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_add(jp, JacobianPoint{})), p);
    EXPECT_POINT_EQ(curve::to_affine(curve::jacobian_add_mixed(JacobianPoint{}, p)), p);
    EXPECT_TRUE(curve::jacobian_double(JacobianPoint{}).is_infinity());
}

TEST(StarkCurve, EcMult) {
    for (const auto& v : curve_vectors::kEcMult) {
        AffinePoint product;
        ASSERT_EQ(curve::ec_mult(felt(v.m).canonical(), point(v.p), product), CurveStatus::ok)
            << v.m;
        EXPECT_POINT_EQ(product, point(v.product));
    }
}

TEST(StarkCurve, BatchToAffine) {
    std::vector<JacobianPoint> jac;
    for (const auto& v : curve_vectors::kEcAdd) {
        jac.push_back(curve::jacobian_add(JacobianPoint::from_affine(point(v.a)),
                                          JacobianPoint::from_affine(point(v.b))));
    }
    std::vector<AffinePoint> out(jac.size());
    std::vector<Felt> scratch(jac.size());
    curve::batch_to_affine(jac.data(), out.data(), scratch.data(), jac.size());
    for (size_t i = 0; i < jac.size(); ++i) {
        EXPECT_POINT_EQ(out[i], point(curve_vectors::kEcAdd[i].sum));
    }
}

TEST(StarkCurve, EcOpMatchesCairoLang) {
    for (const auto& v : curve_vectors::kEcOp) {
        AffinePoint result;
        const CurveStatus status = curve::ec_op(point(v.p), point(v.q), felt(v.m), result);
        EXPECT_EQ(status, v.ok ? CurveStatus::ok : CurveStatus::same_x) << "m = " << v.m;
        if (v.ok && status == CurveStatus::ok) EXPECT_POINT_EQ(result, point(v.result));
    }
}

TEST(StarkCurve, EcOpRejectsPointsOffTheCurve) {
    const AffinePoint on = curve::kEcGen;
    const AffinePoint off{on.x, on.y + Felt::from_u64(1)};
    AffinePoint result;
    const Felt m = Felt::from_u64(7);
    EXPECT_EQ(curve::ec_op(off, on, m, result), CurveStatus::p_not_on_curve);
    EXPECT_EQ(curve::ec_op(on, off, m, result), CurveStatus::q_not_on_curve);
    // P is checked first.
    EXPECT_EQ(curve::ec_op(off, off, m, result), CurveStatus::p_not_on_curve);
}

}  // namespace

namespace {

TEST(StarkCurve, InverseMatchesFermat) {
    using xcairo::Felt;
    Felt x = Felt::from_u64(3);
    EXPECT_EQ(xcairo::curve::inverse(Felt::from_u64(1)), Felt::from_u64(1));
    EXPECT_EQ(xcairo::curve::inverse(-Felt::from_u64(1)), -Felt::from_u64(1));
    // Powers of two stress the shifts, including whole zero limbs.
    for (int k = 0; k < 251; ++k) {
        Felt::Limbs limbs{};
        limbs[static_cast<size_t>(k / 64)] = 1ULL << (k % 64);
        const Felt p2 = Felt::from_canonical(limbs).value();
        ASSERT_EQ(xcairo::curve::inverse(p2), p2.inverse()) << k;
    }
    for (int i = 0; i < 500; ++i) {
        ASSERT_EQ(xcairo::curve::inverse(x), x.inverse()) << x.to_hex();
        x = x * x + Felt::from_u64(static_cast<uint64_t>(i) + 7);
    }
}

}  // namespace

namespace {

TEST(StarkCurve, FixedPointRoundsMatchTheGenericOnes) {
    using namespace xcairo::curve;
    std::vector<AffinePoint> doubles(256);
    doubles[0] = kEcGen;
    for (size_t i = 1; i < doubles.size(); ++i) {
        ASSERT_EQ(ec_double(doubles[i - 1], doubles[i]), CurveStatus::ok);
    }
    const JacobianPoint g = JacobianPoint::from_affine(kEcGen);
    // A passing computation, and one that meets 2G's x in round 1.
    const std::pair<AffinePoint, xcairo::Felt::Limbs> cases[] = {
        {kShiftPoint, {0x123456789abcdefULL, 7, 0, 1ULL << 58}},
        {doubles[1], {0, 0, 0, 0}},
        {doubles[1], {1, 0, 0, 0}},
    };
    for (const auto& [start, m] : cases) {
        JacobianPoint generic = JacobianPoint::from_affine(start);
        JacobianPoint fixed = generic;
        const CurveStatus expected = air_mult_add(generic, g, m, 256);
        EXPECT_EQ(air_mult_add_fixed(fixed, doubles.data(), m, 256), expected);
        if (expected == CurveStatus::ok) EXPECT_POINT_EQ(to_affine(fixed), to_affine(generic));
    }
    JacobianPoint failing = JacobianPoint::from_affine(doubles[1]);
    EXPECT_EQ(air_mult_add(failing, g, {0, 0, 0, 0}, 256), CurveStatus::same_x);
}

}  // namespace
