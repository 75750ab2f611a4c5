#pragma once
// Fixed-width unsigned integers of N 64-bit limbs (little-endian), on the stack: the plain integer
// arithmetic of the mod builtins (384-bit values, their 768-bit products) with Python's results.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

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
    friend BigUint operator+(BigUint a, const BigUint& b) noexcept {
        a.add(b);
        return a;
    }
    friend BigUint operator-(BigUint a, const BigUint& b) noexcept {
        a.sub(b);
        return a;
    }

    void shift_left_1() noexcept {
        for (size_t i = N; i-- > 1;) limb[i] = limb[i] << 1 | limb[i - 1] >> 63;
        limb[0] <<= 1;
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
        u128 rem = 0;
        for (size_t i = N; i-- > 0;) {
            const u128 cur = rem << 64 | limb[i];
            limb[i] = static_cast<uint64_t>(cur / d);
            rem = cur % d;
        }
        return static_cast<uint64_t>(rem);
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

/// Quotient and remainder of a / d (d != 0), by binary long division from a's top bit.
template <size_t N>
void div_mod(const BigUint<N>& a, const BigUint<N>& d, BigUint<N>& quotient,
             BigUint<N>& rem) noexcept {
    quotient = {};
    rem = {};
    for (size_t i = a.bit_length(); i-- > 0;) {
        const bool top = rem.bit(N * 64 - 1);
        rem.shift_left_1();
        rem.limb[0] |= a.bit(i);
        if (top || d <= rem) {
            rem.sub(d);
            quotient.limb[i / 64] |= uint64_t{1} << (i % 64);
        }
    }
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

}  // namespace xcairo
