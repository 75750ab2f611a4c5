#pragma once
// Fixed-width unsigned integers of N 64-bit limbs (little-endian), on the stack: the plain
// (Python int) arithmetic of the mod builtins (384-bit values, their 768-bit products) and of the
// hints (field elements lifted to integers, uint256 halves recombined, secp limbs).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "uint256.hpp"
#include "vmcore/felt.hpp"

namespace xcairo {

template <size_t N>
struct BigUint {
    __extension__ using u128 = unsigned __int128;
    std::array<uint64_t, N> limb{};

    static BigUint from_u64(uint64_t v) noexcept {
        BigUint r;
        r.limb[0] = v;
        return r;
    }
    /// The canonical value of a field element, 0 <= v < P.
    static BigUint of(const Felt& f) noexcept {
        static_assert(N >= 4, "a field element needs four limbs");
        BigUint r;
        const Felt::Limbs limbs = f.canonical();
        for (size_t i = 0; i < 4; ++i) r.limb[i] = limbs[i];
        return r;
    }
    /// 2^k, k < 64N.
    static BigUint pow2(size_t k) noexcept {
        BigUint r;
        r.limb[k / 64] = uint64_t{1} << (k % 64);
        return r;
    }
    /// The low N limbs of a wider or narrower value (callers know it fits).
    template <size_t M>
    static BigUint from(const BigUint<M>& v) noexcept {
        BigUint r;
        for (size_t i = 0; i < N && i < M; ++i) r.limb[i] = v.limb[i];
        return r;
    }

    bool is_zero() const noexcept {
        for (const uint64_t l : limb) {
            if (l != 0) return false;
        }
        return true;
    }
    size_t bit_length() const noexcept {
        for (size_t i = N; i-- > 0;) {
            if (limb[i] != 0) return 64 * i + 64 - static_cast<size_t>(__builtin_clzll(limb[i]));
        }
        return 0;
    }
    bool bit(size_t i) const noexcept { return (limb[i / 64] >> (i % 64)) & 1; }

    friend int compare(const BigUint& a, const BigUint& b) noexcept {
        for (size_t i = N; i-- > 0;) {
            if (a.limb[i] != b.limb[i]) return a.limb[i] < b.limb[i] ? -1 : 1;
        }
        return 0;
    }
    friend bool operator==(const BigUint&, const BigUint&) = default;
    friend bool operator<(const BigUint& a, const BigUint& b) noexcept { return compare(a, b) < 0; }
    friend bool operator<=(const BigUint& a, const BigUint& b) noexcept {
        return compare(a, b) <= 0;
    }

    /// this += b; returns the carry out of the top limb.
    uint64_t add(const BigUint& b) noexcept {
        uint64_t carry = 0;
        for (size_t i = 0; i < N; ++i) {
            const u128 s = static_cast<u128>(limb[i]) + b.limb[i] + carry;
            limb[i] = static_cast<uint64_t>(s);
            carry = static_cast<uint64_t>(s >> 64);
        }
        return carry;
    }
    /// this -= b; returns the borrow (1 when b > this, the value wrapping modulo 2^(64N)).
    uint64_t sub(const BigUint& b) noexcept {
        uint64_t borrow = 0;
        for (size_t i = 0; i < N; ++i) {
            const u128 d = static_cast<u128>(limb[i]) - b.limb[i] - borrow;
            limb[i] = static_cast<uint64_t>(d);
            borrow = static_cast<uint64_t>(d >> 64) & 1;
        }
        return borrow;
    }
    /// The value modulo P: 256-bit chunks from the top, acc = acc * 2^256 + chunk.
    Felt to_felt() const noexcept {
        static constexpr Felt kTwo256 = Felt::from_montgomery(felt_detail::kR2);  // R = 2^256
        Felt acc;
        for (size_t top = (N + 3) / 4; top-- > 0;) {
            Felt::Limbs chunk{};
            for (size_t i = 0; i < 4 && 4 * top + i < N; ++i) chunk[i] = limb[4 * top + i];
            acc = top + 1 == (N + 3) / 4 ? Felt::from_canonical_reduced(chunk)
                                         : acc * kTwo256 + Felt::from_canonical_reduced(chunk);
        }
        return acc;
    }

    friend BigUint operator+(BigUint a, const BigUint& b) noexcept {
        a.add(b);
        return a;
    }
    friend BigUint operator-(BigUint a, const BigUint& b) noexcept {
        a.sub(b);
        return a;
    }

    /// The value shifted left by k bits, modulo 2^(64N).
    friend BigUint operator<<(const BigUint& a, size_t k) noexcept {
        BigUint r;
        const size_t limbs = k / 64, bits = k % 64;
        for (size_t i = N; i-- > limbs;) {
            r.limb[i] = a.limb[i - limbs] << bits;
            if (bits && i > limbs) r.limb[i] |= a.limb[i - limbs - 1] >> (64 - bits);
        }
        return r;
    }
    friend BigUint operator>>(const BigUint& a, size_t k) noexcept {
        BigUint r;
        const size_t limbs = k / 64, bits = k % 64;
        for (size_t i = 0; i + limbs < N; ++i) {
            r.limb[i] = a.limb[i + limbs] >> bits;
            if (bits && i + limbs + 1 < N) r.limb[i] |= a.limb[i + limbs + 1] << (64 - bits);
        }
        return r;
    }
    friend BigUint operator&(BigUint a, const BigUint& b) noexcept {
        for (size_t i = 0; i < N; ++i) a.limb[i] &= b.limb[i];
        return a;
    }
    /// The low k bits (x & ((1 << k) - 1)).
    BigUint low_bits(size_t k) const noexcept {
        BigUint r = *this;
        for (size_t i = 0; i < N; ++i) {
            if (64 * i >= k) r.limb[i] = 0;
            else if (64 * (i + 1) > k) r.limb[i] &= (uint64_t{1} << (k % 64)) - 1;
        }
        return r;
    }
    /// this * m + add; returns the limb carried out.
    uint64_t mul_add_small(uint64_t m, uint64_t add) noexcept {
        uint64_t carry = add;
        for (uint64_t& l : limb) {
            const u128 p = static_cast<u128>(l) * m + carry;
            l = static_cast<uint64_t>(p);
            carry = static_cast<uint64_t>(p >> 64);
        }
        return carry;
    }
    /// this /= d; returns the remainder. Precondition: d != 0.
    uint64_t div_small(uint64_t d) noexcept {
        uint64_t rem = 0;
        for (size_t i = N; i-- > 0;) {
            if ((limb[i] | rem) != 0) limb[i] = uint256::div_128_by_64(rem, limb[i], d, rem);
        }
        return rem;
    }

    /// Python's str(): decimal digits.
    std::string to_dec() const {
        if (is_zero()) return "0";
        constexpr uint64_t kChunk = 10000000000000000000ULL;  // 10^19
        BigUint v = *this;
        std::string digits;
        while (!v.is_zero()) {
            uint64_t rem = v.div_small(kChunk);
            for (int i = 0; i < 19; ++i) {
                digits += static_cast<char>('0' + rem % 10);
                rem /= 10;
                if (v.is_zero() && rem == 0) break;
            }
        }
        return std::string(digits.rbegin(), digits.rend());
    }
    /// Python's hex().
    std::string to_hex() const {
        static constexpr char kDigits[] = "0123456789abcdef";
        std::string s;
        for (size_t k = (bit_length() + 3) / 4; k-- > 0;)
            s += kDigits[(limb[k / 16] >> (4 * (k % 16))) & 0xf];
        return "0x" + (s.empty() ? std::string("0") : s);
    }
};

/// The full product.
template <size_t N, size_t M>
BigUint<N + M> mul(const BigUint<N>& a, const BigUint<M>& b) noexcept {
    __extension__ using u128 = unsigned __int128;
    BigUint<N + M> r;
    for (size_t i = 0; i < N; ++i) {
        uint64_t carry = 0;
        for (size_t j = 0; j < M; ++j) {
            const u128 p = static_cast<u128>(a.limb[i]) * b.limb[j] + r.limb[i + j] + carry;
            r.limb[i + j] = static_cast<uint64_t>(p);
            carry = static_cast<uint64_t>(p >> 64);
        }
        r.limb[i + M] = carry;
    }
    return r;
}

/// Quotient and remainder of a / d (d != 0): Knuth's algorithm D (TAOCP 4.3.1) on 64-bit limbs,
/// one 128-by-64 division per quotient limb.
template <size_t N>
void div_mod(const BigUint<N>& a, const BigUint<N>& d, BigUint<N>& quotient,
             BigUint<N>& rem) noexcept {
    __extension__ using u128 = unsigned __int128;
    size_t n = N, m = N;
    while (n > 0 && d.limb[n - 1] == 0) --n;
    while (m > 0 && a.limb[m - 1] == 0) --m;
    quotient = {};
    if (m < n || a < d) {
        rem = a;
        return;
    }
    if (n == 1) {
        quotient = a;
        rem = BigUint<N>::from_u64(quotient.div_small(d.limb[0]));
        return;
    }
    // Normalise: the divisor's top bit set, so that each estimate is at most 2 too large.
    const unsigned s = static_cast<unsigned>(__builtin_clzll(d.limb[n - 1]));
    std::array<uint64_t, N> v{};
    std::array<uint64_t, N + 1> u{};
    for (size_t i = n; i-- > 0;) v[i] = d.limb[i] << s | (s && i ? d.limb[i - 1] >> (64 - s) : 0);
    u[m] = s ? a.limb[m - 1] >> (64 - s) : 0;
    for (size_t i = m; i-- > 0;) u[i] = a.limb[i] << s | (s && i ? a.limb[i - 1] >> (64 - s) : 0);
    constexpr u128 kBase = static_cast<u128>(1) << 64;
    for (size_t j = m - n + 1; j-- > 0;) {
        const u128 top = static_cast<u128>(u[j + n]) << 64 | u[j + n - 1];
        u128 qhat = top / v[n - 1];
        u128 rhat = top - qhat * v[n - 1];
        while (qhat >= kBase || qhat * v[n - 2] > (rhat << 64 | u[j + n - 2])) {
            --qhat;
            rhat += v[n - 1];
            if (rhat >= kBase) break;
        }
        // u[j..j+n] -= qhat * v; add v back once when that went below zero.
        uint64_t borrow = 0, carry = 0;
        for (size_t i = 0; i < n; ++i) {
            const u128 p = qhat * v[i] + carry;
            carry = static_cast<uint64_t>(p >> 64);
            const u128 t = static_cast<u128>(u[i + j]) - static_cast<uint64_t>(p) - borrow;
            u[i + j] = static_cast<uint64_t>(t);
            borrow = static_cast<uint64_t>(t >> 64) != 0;
        }
        const u128 t = static_cast<u128>(u[j + n]) - carry - borrow;
        u[j + n] = static_cast<uint64_t>(t);
        if (static_cast<uint64_t>(t >> 64) != 0) {
            --qhat;
            uint64_t c = 0;
            for (size_t i = 0; i < n; ++i) {
                const u128 sum = static_cast<u128>(u[i + j]) + v[i] + c;
                u[i + j] = static_cast<uint64_t>(sum);
                c = static_cast<uint64_t>(sum >> 64);
            }
            u[j + n] += c;
        }
        quotient.limb[j] = static_cast<uint64_t>(qhat);
    }
    rem = {};
    for (size_t i = 0; i < n; ++i) rem.limb[i] = u[i] >> s | (s ? u[i + 1] << (64 - s) : 0);
}

template <size_t N>
BigUint<N> operator%(const BigUint<N>& a, const BigUint<N>& d) noexcept {
    BigUint<N> q, r;
    div_mod(a, d, q, r);
    return r;
}
template <size_t N>
BigUint<N> operator/(const BigUint<N>& a, const BigUint<N>& d) noexcept {
    BigUint<N> q, r;
    div_mod(a, d, q, r);
    return q;
}

/// The integer square root, floor(sqrt(a)) (math_utils.isqrt), by Newton's iteration from above.
template <size_t N>
BigUint<N> isqrt(const BigUint<N>& a) noexcept {
    if (a.is_zero()) return a;
    BigUint<N> x = BigUint<N>::pow2((a.bit_length() + 1) / 2);  // > sqrt(a)
    while (true) {
        const BigUint<N> y = (x + a / x) >> 1;
        if (!(y < x)) return x;
        x = y;
    }
}

}  // namespace xcairo
