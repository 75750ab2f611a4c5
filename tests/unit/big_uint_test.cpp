// BigUint<N>: the fixed-width integers of the mod builtins and the hints, against identities
// that pin Python's results (q * d + r == a with r < d, isqrt's bounds, reduction modulo P).
#include "big_uint.hpp"

#include <gtest/gtest.h>

namespace xcairo {
namespace {

using U384 = BigUint<6>;

TEST(BigUint, ArithmeticAndText) {
    // 2^384 - 1 squared = 2^768 - 2^385 + 1.
    const U384 max = U384() - U384::from_u64(1);
    EXPECT_EQ(
        max.to_dec(),
        "39402006196394479212279040100143613805079739270465446667948293404245721771497210611414266"
        "254884915640806627990306815");
    EXPECT_EQ(max.to_hex(), "0x" + std::string(96, 'f'));
    const BigUint<12> square = mul(max, max);
    EXPECT_EQ(square.limb[0], 1u);
    EXPECT_EQ(square.limb[6], ~uint64_t{1});
    EXPECT_EQ(square.limb[11], ~uint64_t{0});
    BigUint<12> q, r;
    div_mod(square, BigUint<12>::from(max), q, r);
    EXPECT_TRUE(BigUint<12>::from(max) == q);
    EXPECT_TRUE(r.is_zero());
    EXPECT_EQ(U384().to_dec(), "0");
    EXPECT_EQ(U384::from_u64(10000000000000000000ULL).to_dec(), "10000000000000000000");
}

/// Deterministic pseudo-random limbs (xorshift64), with runs of all-ones and zeros that make
/// algorithm D's quotient estimates too large.
class Limbs {
  public:
    uint64_t next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        switch (m_state % 8) {
            case 0: return ~uint64_t{0};
            case 1: return 0;
            case 2: return uint64_t{1} << 63;
            default: return m_state;
        }
    }
    template <size_t N>
    BigUint<N> value(size_t limbs) {
        BigUint<N> v;
        for (size_t i = 0; i < limbs; ++i) v.limb[i] = next();
        return v;
    }

  private:
    uint64_t m_state = 0x9e3779b97f4a7c15ULL;
};

TEST(BigUint, DivModSatisfiesTheDivisionIdentity) {
    Limbs random;
    for (int trial = 0; trial < 20000; ++trial) {
        const size_t a_limbs = 1 + random.next() % 6, d_limbs = 1 + random.next() % 6;
        const U384 a = random.value<6>(a_limbs);
        U384 d = random.value<6>(d_limbs);
        if (d.is_zero()) d = U384::from_u64(3);
        U384 q, r;
        div_mod(a, d, q, r);
        ASSERT_TRUE(r < d) << a.to_hex() << " / " << d.to_hex();
        ASSERT_TRUE(BigUint<12>::from(a) == mul(q, d) + BigUint<12>::from(r))
            << a.to_hex() << " / " << d.to_hex() << " gave " << q.to_hex() << ", " << r.to_hex();
    }
}

TEST(BigUint, ShiftsMasksAndSquareRoots) {
    const U384 a = U384::pow2(300) + U384::from_u64(12345);
    EXPECT_TRUE(isqrt(a) == U384::pow2(150));
    EXPECT_TRUE(isqrt(U384::pow2(300) - U384::from_u64(1)) == U384::pow2(150) - U384::from_u64(1));
    EXPECT_TRUE(isqrt(U384::from_u64(15)) == U384::from_u64(3));
    EXPECT_TRUE(isqrt(U384()).is_zero());
    EXPECT_TRUE((U384::pow2(130) + U384::from_u64(7)).low_bits(128) == U384::from_u64(7));
    EXPECT_TRUE((U384::pow2(130) >> 129) == U384::from_u64(2));
    EXPECT_TRUE((U384::from_u64(3) << 383) == U384::pow2(383));
    EXPECT_TRUE((U384::from_u64(0b1100) & U384::from_u64(0b1010)) == U384::from_u64(0b1000));
}

TEST(BigUint, ToFeltReducesModuloThePrime) {
    const U384 p_plus_2 = U384::of(Felt::from_i64(-1)) + U384::from_u64(3);
    EXPECT_EQ(p_plus_2.to_felt(), Felt::from_u64(2));
    // (P + 2) * 2^512 mod P = 2^513 mod P, the power computed by doublings in the field.
    Felt expected = Felt::from_u64(2);
    for (int i = 0; i < 512; ++i) expected = expected + expected;
    EXPECT_EQ((BigUint<12>::from(p_plus_2) << 512).to_felt(), expected);
}

}  // namespace
}  // namespace xcairo
