#pragma once
// The Stark curve y^2 = x^3 + x + beta over the Felt field: affine arithmetic with cairo-lang's
// failure conditions (math_utils.ec_add / ec_double / ec_mult), Jacobian arithmetic for the hot
// paths, and the ec_op builtin's computation P + m * Q.
#include <cstdint>

#include "builtins/curve_constants.hpp"
#include "vmcore/felt.hpp"

namespace xcairo::curve {

/// A point (x, y) in affine form; the point at infinity has no affine form.
struct AffinePoint {
    Felt x;
    Felt y;
    friend bool operator==(const AffinePoint&, const AffinePoint&) = default;
};

/// (X / Z^2, Y / Z^3); Z == 0 is the point at infinity.
struct JacobianPoint {
    Felt x;
    Felt y;
    Felt z;
    bool is_infinity() const noexcept { return z.is_zero(); }
    static JacobianPoint from_affine(const AffinePoint& p) noexcept {
        return {p.x, p.y, Felt::from_u64(1)};
    }
};

/// Canonical constant limbs to a Felt, at compile time.
constexpr Felt felt_constant(const curve_constants::Limbs& canonical) noexcept {
    return Felt::from_montgomery(felt_detail::to_montgomery(canonical));
}
constexpr AffinePoint point_constant(const curve_constants::CanonicalPoint& p) noexcept {
    return {felt_constant(p.x), felt_constant(p.y)};
}

inline constexpr Felt kAlpha = felt_constant({curve_constants::kAlpha, 0, 0, 0});
inline constexpr Felt kBeta = felt_constant(curve_constants::kBeta);
inline constexpr AffinePoint kShiftPoint = point_constant(curve_constants::kShiftPoint);
inline constexpr AffinePoint kEcGen = point_constant(curve_constants::kEcGen);

/// Why a curve computation failed, following the asserts cairo-lang's reference would raise.
enum class CurveStatus : uint8_t {
    ok,
    same_x,           ///< ec_add of two points with the same x coordinate
    y_zero,           ///< ec_double of a point with y == 0
    p_not_on_curve,   ///< ec_op: P is not on the curve
    q_not_on_curve,   ///< ec_op: Q is not on the curve
    zero_multiplier,  ///< ec_mult with m == 0 (cairo-lang recurses forever)
};

/// y^2 == x^3 + alpha*x + beta.
bool on_curve(const AffinePoint& p) noexcept;

/// math_utils.ec_add: fails with same_x when the x coordinates are equal.
CurveStatus ec_add(const AffinePoint& a, const AffinePoint& b, AffinePoint& out) noexcept;
/// math_utils.ec_double: fails with y_zero when y == 0.
CurveStatus ec_double(const AffinePoint& p, AffinePoint& out) noexcept;
/// math_utils.ec_mult (m >= 1, canonical limbs): the same additions in the same order, so it
/// fails exactly where the reference's asserts would.
CurveStatus ec_mult(const Felt::Limbs& m, const AffinePoint& p, AffinePoint& out) noexcept;

/// 2p. Precondition: p is on the curve (so y != 0 unless p is infinity).
JacobianPoint jacobian_double(const JacobianPoint& p) noexcept;
/// a + b for any inputs (doubling, opposite points and infinity included).
JacobianPoint jacobian_add(const JacobianPoint& a, const JacobianPoint& b) noexcept;
/// a + b with b affine, for any inputs.
JacobianPoint jacobian_add_mixed(const JacobianPoint& a, const AffinePoint& b) noexcept;
/// a.x == b.x without inversions. Precondition: neither is infinity.
bool same_x(const JacobianPoint& a, const JacobianPoint& b) noexcept;
/// The affine form. Precondition: p is not infinity.
AffinePoint to_affine(const JacobianPoint& p) noexcept;
/// Affine forms of n Jacobian points with a single inversion (Montgomery's trick); scratch holds
/// n felts. Precondition: no point is infinity.
void batch_to_affine(const JacobianPoint* in, AffinePoint* out, Felt* scratch, size_t n) noexcept;

/// a^-1 mod modulus by a binary extended Euclid (faster here than Fermat's 283 products).
/// Preconditions: modulus odd and below 2^252; 1 <= a < modulus; gcd(a, modulus) == 1.
Felt::Limbs inverse_mod(const Felt::Limbs& a, const Felt::Limbs& modulus) noexcept;
/// 1 / v through inverse_mod. Precondition: v != 0.
Felt inverse(const Felt& v) noexcept;

/// The AIR's double-and-add: `height` rounds of (fail with same_x if partial.x == point.x; add
/// point when the low bit of m is set; double point; shift m). partial becomes partial + m*point.
/// Shared by ec_op (height 256) and the ECDSA check (height 251).
CurveStatus air_mult_add(JacobianPoint& partial, JacobianPoint point, const Felt::Limbs& m,
                         int height) noexcept;

/// air_mult_add with the doublings of point given in affine form: doubles[i] = 2^i * point for
/// i < height (the same checks, fewer products for a fixed point).
CurveStatus air_mult_add_fixed(JacobianPoint& partial, const AffinePoint* doubles,
                               const Felt::Limbs& m, int height) noexcept;

/// Rounds of the ec_op builtin (ec_op_builtin_runner.SCALAR_HEIGHT).
inline constexpr int kEcOpHeight = 256;

/// The ec_op builtin's P + m*Q (ec_op_builtin_runner.ec_op_impl after the on-curve checks of the
/// auto-deduction rule, P first). m's limit (< P for every layout) is the caller's check.
CurveStatus ec_op(const AffinePoint& p, const AffinePoint& q, const Felt& m,
                  AffinePoint& out) noexcept;

}  // namespace xcairo::curve
