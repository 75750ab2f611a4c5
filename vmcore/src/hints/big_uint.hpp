#pragma once
// Unbounded unsigned integers for the uint256 hints, whose Python ints reach 2^760 when the
// inputs are not proper Uint256 values (each half up to P).
#include <cstdint>
#include <vector>

#include "vmcore/felt.hpp"

namespace xcairo {

class BigUint {
  public:
    BigUint() = default;
    explicit BigUint(uint64_t v) { if (v) m_limbs.push_back(v); }
    /// The canonical value of a field element.
    static BigUint of(const Felt& f);

    bool is_zero() const noexcept { return m_limbs.empty(); }
    unsigned bit_length() const noexcept;
    bool bit(unsigned i) const noexcept {
        return i / 64 < m_limbs.size() && ((m_limbs[i / 64] >> (i % 64)) & 1);
    }
    /// The value modulo P.
    Felt to_felt() const;

    friend int compare(const BigUint& a, const BigUint& b) noexcept;
    friend bool operator<(const BigUint& a, const BigUint& b) noexcept { return compare(a, b) < 0; }
    friend bool operator==(const BigUint& a, const BigUint& b) noexcept = default;

    BigUint operator+(const BigUint& b) const;
    /// Precondition: *this >= b.
    BigUint operator-(const BigUint& b) const;
    BigUint operator*(const BigUint& b) const;
    BigUint operator<<(unsigned k) const;
    BigUint operator>>(unsigned k) const;
    /// The low k bits (x & ((1 << k) - 1)).
    BigUint low_bits(unsigned k) const;
    /// Floor quotient and remainder. Precondition: d != 0.
    static void divmod(const BigUint& a, const BigUint& d, BigUint& q, BigUint& r);
    /// math_utils.isqrt.
    BigUint isqrt() const;

  private:
    void trim() { while (!m_limbs.empty() && m_limbs.back() == 0) m_limbs.pop_back(); }
    void set_bit(unsigned i) {
        if (m_limbs.size() <= i / 64) m_limbs.resize(i / 64 + 1, 0);
        m_limbs[i / 64] |= uint64_t{1} << (i % 64);
    }

    std::vector<uint64_t> m_limbs;  // little-endian, no leading zero limb
};

}  // namespace xcairo
