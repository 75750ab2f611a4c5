#include "hints/big_uint.hpp"

namespace xcairo {

__extension__ using u128 = unsigned __int128;

BigUint BigUint::of(const Felt& f) {
    BigUint v;
    const Felt::Limbs limbs = f.canonical();
    v.m_limbs.assign(limbs.begin(), limbs.end());
    v.trim();
    return v;
}

unsigned BigUint::bit_length() const noexcept {
    if (m_limbs.empty()) return 0;
    return static_cast<unsigned>(64 * (m_limbs.size() - 1) + 64 - __builtin_clzll(m_limbs.back()));
}

Felt BigUint::to_felt() const {
    BigUint q, r;
    BigUint prime;
    const Felt::Limbs p = Felt::modulus();
    prime.m_limbs.assign(p.begin(), p.end());
    divmod(*this, prime, q, r);
    Felt::Limbs limbs{};
    for (size_t i = 0; i < r.m_limbs.size(); ++i) limbs[i] = r.m_limbs[i];
    return *Felt::from_canonical(limbs);
}

int compare(const BigUint& a, const BigUint& b) noexcept {
    if (a.m_limbs.size() != b.m_limbs.size()) return a.m_limbs.size() < b.m_limbs.size() ? -1 : 1;
    for (size_t i = a.m_limbs.size(); i-- > 0;) {
        if (a.m_limbs[i] != b.m_limbs[i]) return a.m_limbs[i] < b.m_limbs[i] ? -1 : 1;
    }
    return 0;
}

BigUint BigUint::operator+(const BigUint& b) const {
    BigUint r;
    const size_t n = std::max(m_limbs.size(), b.m_limbs.size());
    r.m_limbs.resize(n + 1, 0);
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
        const u128 s = static_cast<u128>(i < m_limbs.size() ? m_limbs[i] : 0) +
                       (i < b.m_limbs.size() ? b.m_limbs[i] : 0) + carry;
        r.m_limbs[i] = static_cast<uint64_t>(s);
        carry = static_cast<uint64_t>(s >> 64);
    }
    r.m_limbs[n] = carry;
    r.trim();
    return r;
}

BigUint BigUint::operator-(const BigUint& b) const {
    BigUint r = *this;
    uint64_t borrow = 0;
    for (size_t i = 0; i < r.m_limbs.size(); ++i) {
        const uint64_t sub = i < b.m_limbs.size() ? b.m_limbs[i] : 0;
        const u128 d = static_cast<u128>(r.m_limbs[i]) - sub - borrow;
        r.m_limbs[i] = static_cast<uint64_t>(d);
        borrow = static_cast<uint64_t>(d >> 64) ? 1 : 0;
    }
    r.trim();
    return r;
}

BigUint BigUint::operator*(const BigUint& b) const {
    BigUint r;
    if (is_zero() || b.is_zero()) return r;
    r.m_limbs.assign(m_limbs.size() + b.m_limbs.size(), 0);
    for (size_t i = 0; i < m_limbs.size(); ++i) {
        uint64_t carry = 0;
        for (size_t j = 0; j < b.m_limbs.size(); ++j) {
            const u128 p = static_cast<u128>(m_limbs[i]) * b.m_limbs[j] + r.m_limbs[i + j] + carry;
            r.m_limbs[i + j] = static_cast<uint64_t>(p);
            carry = static_cast<uint64_t>(p >> 64);
        }
        r.m_limbs[i + b.m_limbs.size()] = carry;
    }
    r.trim();
    return r;
}

BigUint BigUint::operator<<(unsigned k) const {
    BigUint r;
    if (is_zero()) return r;
    const unsigned limbs = k / 64, bits = k % 64;
    r.m_limbs.assign(m_limbs.size() + limbs + 1, 0);
    for (size_t i = 0; i < m_limbs.size(); ++i) {
        r.m_limbs[i + limbs] |= m_limbs[i] << bits;
        if (bits) r.m_limbs[i + limbs + 1] |= m_limbs[i] >> (64 - bits);
    }
    r.trim();
    return r;
}

BigUint BigUint::operator>>(unsigned k) const {
    BigUint r;
    const unsigned limbs = k / 64, bits = k % 64;
    if (limbs >= m_limbs.size()) return r;
    r.m_limbs.assign(m_limbs.size() - limbs, 0);
    for (size_t i = 0; i < r.m_limbs.size(); ++i) {
        r.m_limbs[i] = m_limbs[i + limbs] >> bits;
        if (bits && i + limbs + 1 < m_limbs.size()) r.m_limbs[i] |= m_limbs[i + limbs + 1] << (64 - bits);
    }
    r.trim();
    return r;
}

BigUint BigUint::low_bits(unsigned k) const {
    BigUint r = *this;
    if (r.m_limbs.size() > (k + 63) / 64) r.m_limbs.resize((k + 63) / 64);
    if (k % 64 && r.m_limbs.size() == (k + 63) / 64) r.m_limbs.back() &= (uint64_t{1} << (k % 64)) - 1;
    r.trim();
    return r;
}

void BigUint::divmod(const BigUint& a, const BigUint& d, BigUint& q, BigUint& r) {
    q = BigUint();
    r = BigUint();
    for (unsigned i = a.bit_length(); i-- > 0;) {
        r = r << 1;
        if (a.bit(i)) r = r + BigUint(1);
        if (!(r < d)) {
            r = r - d;
            q.set_bit(i);
        }
    }
}

BigUint BigUint::isqrt() const {
    BigUint x;
    for (unsigned i = (bit_length() + 1) / 2 + 1; i-- > 0;) {
        BigUint candidate = x;
        candidate.set_bit(i);
        if (!(*this < candidate * candidate)) x = candidate;
    }
    return x;
}

}  // namespace xcairo
