#pragma once
// Plain (non-modular) 256-bit helpers on little-endian 64-bit limbs, for text conversions.
#include <array>
#include <cstdint>
#include <string>

namespace xcairo::uint256 {

using Limbs = std::array<uint64_t, 4>;
__extension__ using u128 = unsigned __int128;

/// (hi:lo) / d and the remainder. Precondition: hi < d, so the quotient fits 64 bits.
inline uint64_t div_128_by_64(uint64_t hi, uint64_t lo, uint64_t d, uint64_t& rem) noexcept {
#if defined(__x86_64__)
    // A single divq: the compiler would call the generic 128-by-128 __udivti3 instead.
    uint64_t q;
    asm("divq %4" : "=a"(q), "=d"(rem) : "a"(lo), "d"(hi), "rm"(d) : "cc");
    return q;
#else
    const u128 n = (static_cast<u128>(hi) << 64) | lo;
    rem = static_cast<uint64_t>(n % d);
    return static_cast<uint64_t>(n / d);
#endif
}

/// v /= d in place; returns v mod d. Precondition: d != 0.
inline uint64_t div_rem(Limbs& v, uint64_t d) noexcept {
    uint64_t rem = 0;
    for (int i = 3; i >= 0; --i) {
        if ((v[i] | rem) != 0) v[i] = div_128_by_64(rem, v[i], d, rem);  // skip leading zeros
    }
    return rem;
}

/// v in decimal, without leading zeros.
std::string to_dec(Limbs v);
/// v in lowercase hexadecimal with "0x", without leading zeros (Python's hex()).
std::string to_hex(const Limbs& v);

inline bool is_zero(const Limbs& v) noexcept { return (v[0] | v[1] | v[2] | v[3]) == 0; }

/// -1, 0 or 1 as a compares to b.
inline int compare(const Limbs& a, const Limbs& b) noexcept {
    for (int i = 3; i >= 0; --i) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

}  // namespace xcairo::uint256
