#include "hints/big_int.hpp"

namespace xcairo::big {

U256 pow2(unsigned k) {
    U256 v{};
    v[k / 64] = uint64_t{1} << (k % 64);
    return v;
}

U256 add(const U256& a, const U256& b, bool* carry) {
    const uint256::Limbs r = felt_detail::add_raw(a, b);
    if (carry) *carry = uint256::compare(r, a) < 0;
    return r;
}

U256 sub(const U256& a, const U256& b) {
    uint64_t borrow = 0;
    return felt_detail::sub_raw(a, b, borrow);
}

U256 shl(const U256& a, unsigned k) {
    U256 r{};
    if (k >= 256) return r;
    const unsigned limbs = k / 64, bits = k % 64;
    for (int i = 3; i >= static_cast<int>(limbs); --i) {
        r[i] = a[i - limbs] << bits;
        if (bits && i - static_cast<int>(limbs) - 1 >= 0) r[i] |= a[i - limbs - 1] >> (64 - bits);
    }
    return r;
}

U256 shr(const U256& a, unsigned k) {
    U256 r{};
    if (k >= 256) return r;
    const unsigned limbs = k / 64, bits = k % 64;
    for (unsigned i = 0; i + limbs < 4; ++i) {
        r[i] = a[i + limbs] >> bits;
        if (bits && i + limbs + 1 < 4) r[i] |= a[i + limbs + 1] << (64 - bits);
    }
    return r;
}

U256 bit_and(const U256& a, const U256& b) {
    return U256{a[0] & b[0], a[1] & b[1], a[2] & b[2], a[3] & b[3]};
}

U256 mul(const U256& a, const U256& b, bool* overflow) {
    U256 r{};
    bool over = false;
    for (int i = 0; i < 4; ++i) {
        uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            const uint256::u128 p = static_cast<uint256::u128>(a[i]) * b[j] + carry;
            if (i + j < 4) {
                const uint256::u128 s = static_cast<uint256::u128>(r[i + j]) + static_cast<uint64_t>(p);
                r[i + j] = static_cast<uint64_t>(s);
                carry = static_cast<uint64_t>(p >> 64) + static_cast<uint64_t>(s >> 64);
            } else {
                over = over || static_cast<uint64_t>(p) != 0;
                carry = static_cast<uint64_t>(p >> 64);
            }
        }
        over = over || carry != 0;
    }
    if (overflow) *overflow = over;
    return r;
}

void divmod(const U256& a, const U256& b, U256& q, U256& r) {
    q = U256{};
    r = U256{};
    for (int bit = 255; bit >= 0; --bit) {
        r = shl(r, 1);
        r[0] |= (a[bit / 64] >> (bit % 64)) & 1;
        if (!less(r, b)) {
            r = sub(r, b);
            q[bit / 64] |= uint64_t{1} << (bit % 64);
        }
    }
}

U256 isqrt(const U256& n) {
    // Bit by bit from the top: the largest x with x * x <= n.
    U256 x{};
    for (int bit = 127; bit >= 0; --bit) {
        U256 candidate = x;
        candidate[bit / 64] |= uint64_t{1} << (bit % 64);
        bool overflow = false;
        const U256 square = mul(candidate, candidate, &overflow);
        if (!overflow && less_eq(square, n)) x = candidate;
    }
    return x;
}

}  // namespace xcairo::big
