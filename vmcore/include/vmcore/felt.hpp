#pragma once
// Felt: an element of the Stark field P = 2^251 + 17·2^192 + 1, in Montgomery form.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace xcairo {

/// Constexpr limb arithmetic behind Felt; public only so the hot operators can be inline.
namespace felt_detail {

using Limbs = std::array<uint64_t, 4>;
__extension__ using u128 = unsigned __int128;

inline constexpr Limbs kP = {1, 0, 0, 0x0800000000000011ULL};
/// p' = -P^{-1} mod 2^64; P ≡ 1 (mod 2^64) makes it 2^64 - 1.
inline constexpr uint64_t kPInv = ~uint64_t{0};
static_assert(kP[0] * kPInv == ~uint64_t{0}, "P * p' must be -1 mod 2^64");
// Dropping CIOS's extra carry word needs P's top limb below (2^64 - 1) / 2 - 1.
static_assert(kP[3] < (~uint64_t{0} >> 1) - 1, "P must leave the top bits free");

/// a + b + carry; carry (0 or 1) becomes the carry out.
constexpr uint64_t addc(uint64_t a, uint64_t b, uint64_t& carry) noexcept {
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
    if (!std::is_constant_evaluated()) {  // GCC turns this builtin, not the portable form, into adc
        unsigned long long r;
        carry = __builtin_ia32_addcarryx_u64(static_cast<unsigned char>(carry), a, b, &r);
        return r;
    }
#endif
    const uint64_t s = a + b;
    const uint64_t r = s + carry;
    carry = static_cast<uint64_t>(s < a) | static_cast<uint64_t>(r < s);
    return r;
}

/// a - b - borrow; borrow (0 or 1) becomes the borrow out.
constexpr uint64_t subb(uint64_t a, uint64_t b, uint64_t& borrow) noexcept {
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
    if (!std::is_constant_evaluated()) {
        unsigned long long r;
        borrow = __builtin_ia32_sbb_u64(static_cast<unsigned char>(borrow), a, b, &r);
        return r;
    }
#endif
    const uint64_t d = a - b;
    const uint64_t r = d - borrow;
    borrow = static_cast<uint64_t>(a < b) | static_cast<uint64_t>(d < borrow);
    return r;
}

/// t - P when t >= P, else t. Precondition: t < 2P.
constexpr Limbs reduce_once(const Limbs& t) noexcept {
    uint64_t borrow = 0;
    const uint64_t d0 = subb(t[0], kP[0], borrow);
    const uint64_t d1 = subb(t[1], kP[1], borrow);
    const uint64_t d2 = subb(t[2], kP[2], borrow);
    const uint64_t d3 = subb(t[3], kP[3], borrow);
    return borrow ? t : Limbs{d0, d1, d2, d3};  // compiled to cmov: no data-dependent branch
}

// P's limbs are (1, 0, 0, p3): a CIOS round's m * P is m + (m * p3) * 2^192, one product.
static_assert(kP[0] == 1 && kP[1] == 0 && kP[2] == 0);

/// One CIOS round: t = (t + a * bi + m * P) / 2^64, with m = t0 * p' = -t0 clearing the low limb.
/// t < 2P < 2^253 holds after every round, so CIOS's extra carry word is never needed.
constexpr void cios_round(Limbs& t, const Limbs& a, uint64_t bi) noexcept {
    const u128 p0 = static_cast<u128>(a[0]) * bi;
    const u128 p1 = static_cast<u128>(a[1]) * bi;
    const u128 p2 = static_cast<u128>(a[2]) * bi;
    const u128 p3 = static_cast<u128>(a[3]) * bi;
    uint64_t k = 0;  // s = t + a * bi: the low halves, then the high halves one limb up
    const uint64_t s0 = addc(t[0], static_cast<uint64_t>(p0), k);
    uint64_t s1 = addc(t[1], static_cast<uint64_t>(p1), k);
    uint64_t s2 = addc(t[2], static_cast<uint64_t>(p2), k);
    uint64_t s3 = addc(t[3], static_cast<uint64_t>(p3), k);
    uint64_t s4 = k;
    k = 0;
    s1 = addc(s1, static_cast<uint64_t>(p0 >> 64), k);
    s2 = addc(s2, static_cast<uint64_t>(p1 >> 64), k);
    s3 = addc(s3, static_cast<uint64_t>(p2 >> 64), k);
    s4 = addc(s4, static_cast<uint64_t>(p3 >> 64), k);
    k = 0;
    const uint64_t m = subb(0, s0, k);  // m = s0 * p' = -s0; the borrow (s0 != 0) is exactly
    const u128 mp3 = static_cast<u128>(m) * kP[3];  // the carry out of s0 + m * P[0]
    t[0] = addc(s1, 0, k);
    t[1] = addc(s2, 0, k);
    t[2] = addc(s3, static_cast<uint64_t>(mp3), k);
    t[3] = addc(s4, static_cast<uint64_t>(mp3 >> 64), k);
}

/// a * b / R mod P (R = 2^256). Precondition: a, b < P.
constexpr Limbs mont_mul(const Limbs& a, const Limbs& b) noexcept {
    Limbs t{};
    cios_round(t, a, b[0]);
    cios_round(t, a, b[1]);
    cios_round(t, a, b[2]);
    cios_round(t, a, b[3]);
    return reduce_once(t);
}

/// a + b as 256-bit integers, no reduction. Precondition: the sum fits in 256 bits.
constexpr Limbs add_raw(const Limbs& a, const Limbs& b) noexcept {
    uint64_t c = 0;
    const uint64_t s0 = addc(a[0], b[0], c);
    const uint64_t s1 = addc(a[1], b[1], c);
    const uint64_t s2 = addc(a[2], b[2], c);
    const uint64_t s3 = addc(a[3], b[3], c);
    return {s0, s1, s2, s3};
}

/// a - b as 256-bit integers, no reduction; borrow is set when a < b.
constexpr Limbs sub_raw(const Limbs& a, const Limbs& b, uint64_t& borrow) noexcept {
    borrow = 0;
    const uint64_t d0 = subb(a[0], b[0], borrow);
    const uint64_t d1 = subb(a[1], b[1], borrow);
    const uint64_t d2 = subb(a[2], b[2], borrow);
    const uint64_t d3 = subb(a[3], b[3], borrow);
    return {d0, d1, d2, d3};
}

/// a + b mod P. Precondition: a, b < P (the sum fits: P < 2^252).
constexpr Limbs add_mod(const Limbs& a, const Limbs& b) noexcept {
    return reduce_once(add_raw(a, b));
}

/// a - b mod P. Precondition: a, b < P.
constexpr Limbs sub_mod(const Limbs& a, const Limbs& b) noexcept {
    uint64_t borrow = 0;
    const auto [d0, d1, d2, d3] = sub_raw(a, b, borrow);
    const uint64_t mask = 0 - borrow;  // add P back on underflow
    uint64_t c = 0;
    const uint64_t r0 = addc(d0, kP[0] & mask, c);
    const uint64_t r1 = addc(d1, kP[1] & mask, c);
    const uint64_t r2 = addc(d2, kP[2] & mask, c);
    const uint64_t r3 = addc(d3, kP[3] & mask, c);
    return {r0, r1, r2, r3};
}

/// 2^k mod P by doubling (k up to 512): derives R and R^2 without literals.
constexpr Limbs pow2_mod(int k) noexcept {
    Limbs v{1, 0, 0, 0};
    for (int i = 0; i < k; ++i) v = add_mod(v, v);
    return v;
}

inline constexpr Limbs kR = pow2_mod(256);   ///< R mod P: the Montgomery form of 1
inline constexpr Limbs kR2 = pow2_mod(512);  ///< R^2 mod P: converts into Montgomery form
static_assert(kR == Limbs{0xffffffffffffffe1ULL, ~0ULL, ~0ULL, 0x07fffffffffffdf0ULL});
static_assert(kR2 == Limbs{0xfffffd737e000401ULL, 0x1330fffffULL, 0xffffffffff6f8000ULL,
                           0x7ffd4ab5e008810ULL});
static_assert(mont_mul(kR2, Limbs{1, 0, 0, 0}) == kR, "R^2 / R must be R");
static_assert(mont_mul(kR, kR) == kR, "1 * 1 must be 1");

constexpr Limbs to_montgomery(const Limbs& canonical) noexcept { return mont_mul(canonical, kR2); }
constexpr Limbs from_montgomery(const Limbs& mont) noexcept {
    return mont_mul(mont, Limbs{1, 0, 0, 0});
}
// (P - 1)^2 = 1 exercises the largest operands and the final subtraction.
static_assert(mont_mul(to_montgomery({0, 0, 0, kP[3]}), to_montgomery({0, 0, 0, kP[3]})) == kR);
static_assert(from_montgomery(to_montgomery({0, 0, 0, kP[3]})) == Limbs{0, 0, 0, kP[3]});

}  // namespace felt_detail

/// A field element of the Stark prime, stored as four 64-bit limbs in Montgomery form.
class Felt {
public:
    using Limbs = std::array<uint64_t, 4>;  ///< little-endian 64-bit limbs

    constexpr Felt() noexcept = default;  ///< zero

    /// The prime P in canonical little-endian limbs.
    static constexpr Limbs modulus() noexcept {
        return {1, 0, 0, 0x0800000000000011ULL};
    }

    static Felt from_u64(uint64_t value) noexcept;
    /// Negative values map to P - |value|.
    static Felt from_i64(int64_t value) noexcept;
    /// Canonical (non-Montgomery) limbs; nullopt when value >= P.
    static std::optional<Felt> from_canonical(const Limbs& value) noexcept;
    /// Any 256-bit value, reduced modulo P.
    static Felt from_canonical_reduced(const Limbs& value) noexcept;
    /// Raw Montgomery limbs (no check); the inverse of montgomery().
    static constexpr Felt from_montgomery(const Limbs& raw) noexcept {
        Felt f;
        f.m_limbs = raw;
        return f;
    }
    /// Decimal or 0x-hex text with an optional leading '-'; values of any size are reduced mod P.
    /// nullopt on malformed text (empty, stray characters).
    static std::optional<Felt> parse(std::string_view text) noexcept;
    /// 32 little-endian bytes; nullopt when the value is >= P.
    static std::optional<Felt> from_bytes_le(const std::array<uint8_t, 32>& bytes) noexcept;

    const Limbs& montgomery() const noexcept { return m_limbs; }
    Limbs canonical() const noexcept;
    std::array<uint8_t, 32> to_bytes_le() const noexcept;

    /// The canonical value when it is < 2^64.
    std::optional<uint64_t> to_u64() const noexcept;
    /// v when v < 2^63, v - P when P - v <= 2^63 (the signed view), else nullopt.
    std::optional<int64_t> to_i64() const noexcept;

    std::string to_dec() const;         ///< canonical decimal, 0 <= v < P
    std::string to_signed_dec() const;  ///< v if v <= (P-1)/2 else v - P (cairo-lang's to_field_element)
    std::string to_hex() const;         ///< like Python hex(): "0x" + lowercase, no leading zeros

    bool is_zero() const noexcept { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }

    friend bool operator==(const Felt& a, const Felt& b) noexcept { return a.m_limbs == b.m_limbs; }
    /// Order of the canonical values (-1, 0, 1).
    int compare(const Felt& other) const noexcept;

    Felt operator+(const Felt& other) const noexcept;
    Felt operator-(const Felt& other) const noexcept;
    Felt operator-() const noexcept;
    Felt operator*(const Felt& other) const noexcept;
    /// Precondition: other is not zero (check first; division by zero is the caller's error).
    Felt operator/(const Felt& other) const noexcept;
    Felt& operator+=(const Felt& other) noexcept { return *this = *this + other; }
    Felt& operator-=(const Felt& other) noexcept { return *this = *this - other; }
    Felt& operator*=(const Felt& other) noexcept { return *this = *this * other; }

    /// Precondition: not zero.
    Felt inverse() const noexcept;
    /// this^exponent, exponent given as canonical 256-bit limbs.
    Felt pow(const Limbs& exponent) const noexcept;
    /// cairo-lang's math_utils.sqrt: the root r with r <= P - r; nullopt when no root exists.
    std::optional<Felt> sqrt() const noexcept;

private:
    Limbs m_limbs{};
};

static_assert(Felt::modulus() == felt_detail::kP);
static_assert(sizeof(Felt) == 32);

inline Felt Felt::from_u64(uint64_t value) noexcept {
    return from_montgomery(felt_detail::to_montgomery(Limbs{value, 0, 0, 0}));
}

inline Felt::Limbs Felt::canonical() const noexcept {
    return felt_detail::from_montgomery(m_limbs);
}

inline Felt Felt::operator+(const Felt& other) const noexcept {
    return from_montgomery(felt_detail::add_mod(m_limbs, other.m_limbs));
}

inline Felt Felt::operator-(const Felt& other) const noexcept {
    return from_montgomery(felt_detail::sub_mod(m_limbs, other.m_limbs));
}

inline Felt Felt::operator-() const noexcept {
    return from_montgomery(felt_detail::sub_mod(Limbs{}, m_limbs));
}

inline Felt Felt::operator*(const Felt& other) const noexcept {
    return from_montgomery(felt_detail::mont_mul(m_limbs, other.m_limbs));
}

}  // namespace xcairo
