#pragma once
// The hints' names for Python-int arithmetic on values below 2^256 (field elements lifted to
// integers): BigUint<4> and the field's conversions.
#include <string>

#include "big_uint.hpp"

namespace xcairo::big {

using U256 = BigUint<4>;

inline constexpr U256 kPrime{Felt::modulus()};

inline U256 from_u64(uint64_t v) { return U256::from_u64(v); }
/// 2^k, k < 256.
inline U256 pow2(unsigned k) { return U256::pow2(k); }
/// The field element's canonical value, 0 <= v < P.
inline U256 of(const Felt& f) { return U256::of(f); }
/// v modulo P as a field element.
inline Felt felt(const U256& v) { return Felt::from_canonical_reduced(v.limb); }

inline bool less(const U256& a, const U256& b) { return a < b; }
inline bool less_eq(const U256& a, const U256& b) { return a <= b; }
/// a + b; carry set when it overflows 2^256.
inline U256 add(U256 a, const U256& b, bool* carry = nullptr) {
    const uint64_t out = a.add(b);
    if (carry) *carry = out != 0;
    return a;
}
/// a - b. Precondition: a >= b.
inline U256 sub(const U256& a, const U256& b) { return a - b; }
inline U256 shl(const U256& a, unsigned k) { return a << k; }
inline U256 shr(const U256& a, unsigned k) { return a >> k; }
inline U256 bit_and(const U256& a, const U256& b) { return a & b; }
/// a * b modulo 2^256; overflow set when the product does not fit.
inline U256 mul(const U256& a, const U256& b, bool* overflow = nullptr) {
    const BigUint<8> full = xcairo::mul(a, b);
    if (overflow) *overflow = (full.limb[4] | full.limb[5] | full.limb[6] | full.limb[7]) != 0;
    return U256::from(full);
}
/// Floor quotient and remainder. Precondition: b != 0.
inline void divmod(const U256& a, const U256& b, U256& q, U256& r) { div_mod(a, b, q, r); }
/// The integer square root (math_utils.isqrt).
inline U256 isqrt(const U256& n) { return xcairo::isqrt(n); }

inline std::string dec(const U256& v) { return v.to_dec(); }
inline std::string hex(const U256& v) { return v.to_hex(); }

}  // namespace xcairo::big
