// ECDSA verification following cairo-lang's signature.verify step by step:
//   zG = shift' + msg*G, rQ = shift + r*Q, wB = shift + w*(zG + rQ), x = (wB + shift').x, r == x
// (shift' = -shift), every multiplication done as the AIR does it (mimic_ec_mult_air).
#include "builtins/ecdsa.hpp"

#include <array>

#include "builtins/curve_constants.hpp"
#include "builtins/stark_curve.hpp"
#include "uint256.hpp"

namespace xcairo::ecdsa {
namespace {

using curve::AffinePoint;
using curve::CurveStatus;
using curve::JacobianPoint;
using Limbs = Felt::Limbs;

constexpr int kEcdsaBits = 251;  // N_ELEMENT_BITS_ECDSA
constexpr Limbs kOrder = curve_constants::kEcOrder;
const AffinePoint kMinusShift = {curve::kShiftPoint.x, -curve::kShiftPoint.y};

/// 1 <= v < 2^251.
bool in_ecdsa_range(const Limbs& v) noexcept {
    return !uint256::is_zero(v) && (v[3] >> (kEcdsaBits - 192)) == 0;
}

/// 2^i * G for the rounds of zG, computed once.
const std::array<AffinePoint, kEcdsaBits>& generator_doubles() noexcept {
    static const std::array<AffinePoint, kEcdsaBits> doubles = [] {
        std::array<JacobianPoint, kEcdsaBits> jac;
        jac[0] = JacobianPoint::from_affine(curve::kEcGen);
        for (size_t i = 1; i < jac.size(); ++i) jac[i] = curve::jacobian_double(jac[i - 1]);
        std::array<AffinePoint, kEcdsaBits> out;
        std::array<Felt, kEcdsaBits> scratch;
        curve::batch_to_affine(jac.data(), out.data(), scratch.data(), jac.size());
        return out;
    }();
    return doubles;
}

/// shift + m*point as mimic_ec_mult_air; false where it would assert.
bool mimic_ec_mult_air(const Limbs& m, const JacobianPoint& point, const AffinePoint& shift,
                       JacobianPoint& out) noexcept {
    if (!in_ecdsa_range(m)) return false;  // assert 0 < m < 2**251
    out = JacobianPoint::from_affine(shift);
    return curve::air_mult_add(out, point, m, kEcdsaBits) == CurveStatus::ok;
}

/// verify() once the public key is a point (its range asserts already passed).
bool verify_point(const JacobianPoint& z_g, const Limbs& r, const Limbs& w,
                  const AffinePoint& public_key) noexcept {
    JacobianPoint r_q;
    if (!mimic_ec_mult_air(r, JacobianPoint::from_affine(public_key), curve::kShiftPoint, r_q)) {
        return false;
    }
    if (curve::same_x(z_g, r_q)) return false;  // ec_add(zG, rQ)
    JacobianPoint w_b;
    if (!mimic_ec_mult_air(w, curve::jacobian_add(z_g, r_q), curve::kShiftPoint, w_b)) {
        return false;
    }
    const JacobianPoint minus_shift = JacobianPoint::from_affine(kMinusShift);
    if (curve::same_x(w_b, minus_shift)) return false;  // ec_add(wB, MINUS_SHIFT_POINT)
    const Felt x = curve::to_affine(curve::jacobian_add(w_b, minus_shift)).x;
    return x.canonical() == r;
}

}  // namespace

Limbs inverse_mod_order(const Limbs& s) noexcept { return curve::inverse_mod(s, kOrder); }

VerifyStatus verify(const Felt& msg_hash, const Limbs& r, const Limbs& s,
                    const Felt& public_key_x) noexcept {
    if (uint256::is_zero(s) || uint256::compare(s, kOrder) >= 0) {
        return VerifyStatus::s_out_of_range;
    }
    const Limbs w = inverse_mod_order(s);
    if (!in_ecdsa_range(r)) return VerifyStatus::r_out_of_range;
    if (!in_ecdsa_range(w)) return VerifyStatus::w_out_of_range;
    const Limbs msg = msg_hash.canonical();
    if ((msg[3] >> (kEcdsaBits - 192)) != 0) return VerifyStatus::msg_out_of_range;

    // get_y_coordinate; verify returns False for an x off the curve.
    const Felt& x = public_key_x;
    const std::optional<Felt> y = ((x * x + curve::kAlpha) * x + curve::kBeta).sqrt();
    if (!y) return VerifyStatus::invalid;
    // zG does not depend on the key: both candidate points share it.
    if (uint256::is_zero(msg)) return VerifyStatus::invalid;  // mimic_ec_mult_air: 0 < m
    JacobianPoint z_g = JacobianPoint::from_affine(kMinusShift);
    if (curve::air_mult_add_fixed(z_g, generator_doubles().data(), msg, kEcdsaBits) !=
        CurveStatus::ok) {
        return VerifyStatus::invalid;
    }
    const bool ok = verify_point(z_g, r, w, {x, *y}) || verify_point(z_g, r, w, {x, -*y});
    return ok ? VerifyStatus::valid : VerifyStatus::invalid;
}

}  // namespace xcairo::ecdsa
