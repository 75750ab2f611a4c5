// The Stark curve: affine arithmetic as cairo-lang's math_utils, Jacobian arithmetic
// (hyperelliptic.org EFD formulas dbl-2007-bl, add-2007-bl, madd-2007-bl) and ec_op.
#include "builtins/stark_curve.hpp"

#include <array>

namespace xcairo::curve {
namespace {

Felt twice(const Felt& v) noexcept { return v + v; }

/// Bit i of canonical limbs; 0 beyond 256 bits.
bool bit_at(const Felt::Limbs& m, int i) noexcept {
    return i < 256 && ((m[static_cast<size_t>(i / 64)] >> (i % 64)) & 1) != 0;
}

int bit_length(const Felt::Limbs& m) noexcept {
    for (int limb = 3; limb >= 0; --limb) {
        if (m[static_cast<size_t>(limb)] != 0) {
            return limb * 64 + 64 - __builtin_clzll(m[static_cast<size_t>(limb)]);
        }
    }
    return 0;
}

/// The affine sum for a given slope: x = m^2 - x1 - x2, y = m (x1 - x) - y1.
AffinePoint apply_slope(const Felt& slope, const AffinePoint& a, const Felt& x2) noexcept {
    const Felt x = slope * slope - a.x - x2;
    return {x, slope * (a.x - x) - a.y};
}

using Limbs = Felt::Limbs;

Limbs sub_limbs(const Limbs& a, const Limbs& b) noexcept {
    Limbs out;
    uint64_t borrow = 0;
    for (size_t i = 0; i < 4; ++i) out[i] = felt_detail::subb(a[i], b[i], borrow);
    return out;
}

/// a < b as 256-bit integers.
bool less(const Limbs& a, const Limbs& b) noexcept {
    uint64_t borrow = 0;
    for (size_t i = 0; i < 4; ++i) (void)felt_detail::subb(a[i], b[i], borrow);
    return borrow != 0;
}

/// An odd modulus with -modulus^-1 mod 2^64, for exact divisions by powers of two.
struct OddModulus {
    Limbs m;
    uint64_t neg_inv;
    explicit OddModulus(const Limbs& modulus) noexcept : m(modulus) {
        uint64_t inv = modulus[0];  // Newton: each step doubles the correct low bits (3 to 96)
        for (int i = 0; i < 5; ++i) inv *= 2 - modulus[0] * inv;
        neg_inv = 0 - inv;
    }

    /// x / 2^k mod m for x < m, 1 <= k <= 63: adds the multiple q*m that clears the low k bits.
    Limbs div_pow2(const Limbs& x, int k) const noexcept {
        const uint64_t q = (x[0] * neg_inv) & ((uint64_t{1} << k) - 1);
        std::array<uint64_t, 5> t;
        felt_detail::u128 acc = 0;
        for (size_t i = 0; i < 4; ++i) {
            acc += static_cast<felt_detail::u128>(q) * m[i] + x[i];
            t[i] = static_cast<uint64_t>(acc);
            acc >>= 64;
        }
        t[4] = static_cast<uint64_t>(acc);
        Limbs out;
        for (size_t i = 0; i < 4; ++i) out[i] = (t[i] >> k) | (t[i + 1] << (64 - k));
        return less(out, m) ? out : sub_limbs(out, m);  // out < 2m
    }

    Limbs sub_mod(const Limbs& a, const Limbs& b) const noexcept {
        const Limbs d = sub_limbs(a, b);
        if (!less(a, b)) return d;
        Limbs out;
        uint64_t carry = 0;
        for (size_t i = 0; i < 4; ++i) out[i] = felt_detail::addc(d[i], m[i], carry);
        return out;
    }

    /// Shifts v (nonzero) right until odd, dividing x by the same power of two mod m.
    void make_odd(Limbs& v, Limbs& x) const noexcept {
        while ((v[0] & 1) == 0) {
            const int k = v[0] == 0 ? 63 : __builtin_ctzll(v[0]);
            for (size_t i = 0; i < 3; ++i) v[i] = (v[i] >> k) | (v[i + 1] << (64 - k));
            v[3] >>= k;
            x = div_pow2(x, k);
        }
    }
};

}  // namespace

Limbs inverse_mod(const Limbs& a, const Limbs& modulus) noexcept {
    // u = x1 * a and v = x2 * a (mod m) throughout; both odd after each step; ends at u == v == 1.
    const OddModulus mod(modulus);
    Limbs u = a;
    Limbs v = modulus;
    Limbs x1 = {1, 0, 0, 0};
    Limbs x2 = {0, 0, 0, 0};
    mod.make_odd(u, x1);
    while (u != v) {
        if (less(v, u)) {
            u = sub_limbs(u, v);
            x1 = mod.sub_mod(x1, x2);
            mod.make_odd(u, x1);
        } else {
            v = sub_limbs(v, u);
            x2 = mod.sub_mod(x2, x1);
            mod.make_odd(v, x2);
        }
    }
    return x1;
}

Felt inverse(const Felt& v) noexcept {
    // The Montgomery form of 1/v is (vR)^-1 * R^2 = mont_mul((vR)^-1, R^3).
    constexpr Limbs kR3 = felt_detail::mont_mul(felt_detail::kR2, felt_detail::kR2);
    return Felt::from_montgomery(
        felt_detail::mont_mul(inverse_mod(v.montgomery(), Felt::modulus()), kR3));
}

bool on_curve(const AffinePoint& p) noexcept {
    return p.y * p.y == (p.x * p.x + kAlpha) * p.x + kBeta;
}

CurveStatus ec_add(const AffinePoint& a, const AffinePoint& b, AffinePoint& out) noexcept {
    if (a.x == b.x) return CurveStatus::same_x;
    out = apply_slope((a.y - b.y) / (a.x - b.x), a, b.x);
    return CurveStatus::ok;
}

CurveStatus ec_double(const AffinePoint& p, AffinePoint& out) noexcept {
    if (p.y.is_zero()) return CurveStatus::y_zero;
    const Felt xx = p.x * p.x;
    out = apply_slope((xx + twice(xx) + kAlpha) / twice(p.y), p, p.x);
    return CurveStatus::ok;
}

CurveStatus ec_mult(const Felt::Limbs& m, const AffinePoint& p, AffinePoint& out) noexcept {
    // ec_mult(m, P) recurses ec_mult(m / 2, 2P) on even m and ec_add(ec_mult(m - 1, P), P) on odd
    // m: every doubling happens first, then the set bits below the top are added from the top
    // down, each as ec_add(accumulator, 2^i P).
    const int top = bit_length(m) - 1;
    if (top < 0) return CurveStatus::zero_multiplier;
    std::array<AffinePoint, 256> doubles;
    doubles[0] = p;
    for (int i = 1; i <= top; ++i) {
        const CurveStatus status = ec_double(doubles[static_cast<size_t>(i - 1)],
                                             doubles[static_cast<size_t>(i)]);
        if (status != CurveStatus::ok) return status;
    }
    AffinePoint acc = doubles[static_cast<size_t>(top)];
    for (int i = top - 1; i >= 0; --i) {
        if (!bit_at(m, i)) continue;
        const CurveStatus status = ec_add(acc, doubles[static_cast<size_t>(i)], acc);
        if (status != CurveStatus::ok) return status;
    }
    out = acc;
    return CurveStatus::ok;
}

namespace {

static_assert(curve_constants::kAlpha == 1, "the doubling below takes alpha * Z^4 as Z^4");

/// 2p given zz = Z^2 (dbl-2007-bl). Precondition: p is not infinity.
JacobianPoint double_with_zz(const JacobianPoint& p, const Felt& zz) noexcept {
    const Felt xx = p.x * p.x;
    const Felt yy = p.y * p.y;
    const Felt yyyy = yy * yy;
    const Felt t = p.x + yy;
    const Felt s = twice(t * t - xx - yyyy);
    const Felt m = xx + twice(xx) + zz * zz;
    const Felt x3 = m * m - twice(s);
    const Felt yz = p.y + p.z;
    const Felt eight_yyyy = twice(twice(twice(yyyy)));
    return {x3, m * (s - x3) - eight_yyyy, yz * yz - yy - zz};
}

/// What both the x comparison and the addition of a and b need: a.x == b.x iff u1 == u2.
struct AddPrelude {
    Felt z1z1;
    Felt z2z2;
    Felt u1;  ///< a.x * b.z^2
    Felt u2;  ///< b.x * a.z^2
};

AddPrelude add_prelude(const JacobianPoint& a, const JacobianPoint& b) noexcept {
    const Felt z1z1 = a.z * a.z;
    const Felt z2z2 = b.z * b.z;
    return {z1z1, z2z2, a.x * z2z2, b.x * z1z1};
}

/// a + b (add-2007-bl). Precondition: neither is infinity and pre.u1 != pre.u2.
JacobianPoint add_distinct_x(const JacobianPoint& a, const JacobianPoint& b,
                             const AddPrelude& pre) noexcept {
    const Felt s1 = a.y * b.z * pre.z2z2;
    const Felt s2 = b.y * a.z * pre.z1z1;
    const Felt h = pre.u2 - pre.u1;
    const Felt r = twice(s2 - s1);
    const Felt h2 = twice(h);
    const Felt i = h2 * h2;
    const Felt j = h * i;
    const Felt v = pre.u1 * i;
    const Felt x3 = r * r - j - twice(v);
    const Felt zs = a.z + b.z;
    return {x3, r * (v - x3) - twice(s1 * j), (zs * zs - pre.z1z1 - pre.z2z2) * h};
}

}  // namespace

JacobianPoint jacobian_double(const JacobianPoint& p) noexcept {
    if (p.is_infinity()) return p;
    return double_with_zz(p, p.z * p.z);
}

JacobianPoint jacobian_add(const JacobianPoint& a, const JacobianPoint& b) noexcept {
    if (a.is_infinity()) return b;
    if (b.is_infinity()) return a;
    const AddPrelude pre = add_prelude(a, b);
    if (pre.u1 == pre.u2) {  // a == b or a == -b
        const bool same_y = a.y * b.z * pre.z2z2 == b.y * a.z * pre.z1z1;
        return same_y ? jacobian_double(a) : JacobianPoint{};
    }
    return add_distinct_x(a, b, pre);
}

JacobianPoint jacobian_add_mixed(const JacobianPoint& a, const AffinePoint& b) noexcept {
    if (a.is_infinity()) return JacobianPoint::from_affine(b);
    const Felt z1z1 = a.z * a.z;
    const Felt u2 = b.x * z1z1;
    const Felt s2 = b.y * a.z * z1z1;
    const Felt h = u2 - a.x;
    const Felt r = twice(s2 - a.y);
    if (h.is_zero()) return r.is_zero() ? jacobian_double(a) : JacobianPoint{};
    const Felt hh = h * h;
    const Felt i = twice(twice(hh));
    const Felt j = h * i;
    const Felt v = a.x * i;
    const Felt x3 = r * r - j - twice(v);
    const Felt zh = a.z + h;
    return {x3, r * (v - x3) - twice(a.y * j), zh * zh - z1z1 - hh};
}

bool same_x(const JacobianPoint& a, const JacobianPoint& b) noexcept {
    const AddPrelude pre = add_prelude(a, b);
    return pre.u1 == pre.u2;
}

AffinePoint to_affine(const JacobianPoint& p) noexcept {
    const Felt zinv = inverse(p.z);
    const Felt zinv2 = zinv * zinv;
    return {p.x * zinv2, p.y * zinv2 * zinv};
}

void batch_to_affine(const JacobianPoint* in, AffinePoint* out, Felt* scratch, size_t n) noexcept {
    if (n == 0) return;
    scratch[0] = in[0].z;
    for (size_t i = 1; i < n; ++i) scratch[i] = scratch[i - 1] * in[i].z;
    Felt inv = inverse(scratch[n - 1]);  // 1 / (z_0 ... z_{n-1})
    for (size_t i = n; i-- > 0;) {
        const Felt zinv = i == 0 ? inv : inv * scratch[i - 1];
        inv = inv * in[i].z;
        const Felt zinv2 = zinv * zinv;
        out[i] = {in[i].x * zinv2, in[i].y * zinv2 * zinv};
    }
}

CurveStatus air_mult_add(JacobianPoint& partial, JacobianPoint point, const Felt::Limbs& m,
                         int height) noexcept {
    for (int i = 0; i < height; ++i) {
        const AddPrelude pre = add_prelude(partial, point);  // shared by the check and the sum
        if (pre.u1 == pre.u2) return CurveStatus::same_x;
        // Distinct x: the sum is the generic case, never a doubling nor infinity.
        if (bit_at(m, i)) partial = add_distinct_x(partial, point, pre);
        if (point.y.is_zero()) return CurveStatus::y_zero;
        if (i + 1 < height) point = double_with_zz(point, pre.z2z2);  // the last is never used
    }
    return CurveStatus::ok;
}

CurveStatus air_mult_add_fixed(JacobianPoint& partial, const AffinePoint* doubles,
                               const Felt::Limbs& m, int height) noexcept {
    for (int i = 0; i < height; ++i) {
        const AffinePoint& point = doubles[i];
        if (point.x * (partial.z * partial.z) == partial.x) return CurveStatus::same_x;
        if (bit_at(m, i)) partial = jacobian_add_mixed(partial, point);  // distinct x: generic
    }
    return CurveStatus::ok;
}

CurveStatus ec_op(const AffinePoint& p, const AffinePoint& q, const Felt& m,
                  AffinePoint& out) noexcept {
    if (!on_curve(p)) return CurveStatus::p_not_on_curve;
    if (!on_curve(q)) return CurveStatus::q_not_on_curve;
    JacobianPoint partial = JacobianPoint::from_affine(p);
    const CurveStatus status =
        air_mult_add(partial, JacobianPoint::from_affine(q), m.canonical(), kEcOpHeight);
    if (status != CurveStatus::ok) return status;
    out = to_affine(partial);
    return CurveStatus::ok;
}

}  // namespace xcairo::curve
