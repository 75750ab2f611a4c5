#pragma once
// Python-int arithmetic that hints need on values below 2^256 (field elements lifted to integers).
#include <string>

#include "uint256.hpp"
#include "vmcore/felt.hpp"

namespace xcairo::big {

using U256 = uint256::Limbs;

inline constexpr U256 kPrime = Felt::modulus();

inline U256 from_u64(uint64_t v) { return U256{v, 0, 0, 0}; }
/// 2^k, k < 256.
U256 pow2(unsigned k);
/// The field element's canonical value, 0 <= v < P.
inline U256 of(const Felt& f) { return f.canonical(); }
/// v modulo P as a field element.
inline Felt felt(const U256& v) { return Felt::from_canonical_reduced(v); }

inline bool less(const U256& a, const U256& b) { return uint256::compare(a, b) < 0; }
inline bool less_eq(const U256& a, const U256& b) { return uint256::compare(a, b) <= 0; }
/// a + b; carry set when it overflows 2^256.
U256 add(const U256& a, const U256& b, bool* carry = nullptr);
/// a - b. Precondition: a >= b.
U256 sub(const U256& a, const U256& b);
U256 shl(const U256& a, unsigned k);
U256 shr(const U256& a, unsigned k);
U256 bit_and(const U256& a, const U256& b);
/// a * b modulo 2^256; overflow set when the product does not fit.
U256 mul(const U256& a, const U256& b, bool* overflow = nullptr);
/// Floor quotient and remainder. Precondition: b != 0.
void divmod(const U256& a, const U256& b, U256& q, U256& r);
/// The integer square root (math_utils.isqrt).
U256 isqrt(const U256& n);

inline std::string dec(const U256& v) { return uint256::to_dec(v); }
inline std::string hex(const U256& v) { return uint256::to_hex(v); }

}  // namespace xcairo::big
