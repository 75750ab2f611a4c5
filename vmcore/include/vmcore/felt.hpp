#pragma once
// Felt: an element of the Stark field P = 2^251 + 17·2^192 + 1, in Montgomery form.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace xcairo {

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

}  // namespace xcairo
