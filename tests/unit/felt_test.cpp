// Felt: known answers computed by Python integers (felt_vectors.hpp), edge cases, round trips.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "felt_vectors.hpp"
#include "vmcore/felt.hpp"

namespace xcairo {
namespace {

using namespace felt_vectors;

constexpr Felt::Limbs kPLimbs = Felt::modulus();

/// Parses text that the vectors guarantee well formed.
Felt felt(const char* text) {
    const auto f = Felt::parse(text);
    EXPECT_TRUE(f.has_value()) << "unparsable vector " << text;
    return f.value_or(Felt{});
}

/// Compares a Felt with the decimal Python printed for the expected value.
::testing::AssertionResult felt_equals(const char* expr, const char*, const Felt& actual,
                                       const std::string& expected_dec) {
    if (actual.to_dec() == expected_dec) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << expr << " is " << actual.to_dec() << ", expected " << expected_dec;
}
#define EXPECT_FELT_EQ(actual, dec) EXPECT_PRED_FORMAT2(felt_equals, actual, dec)

TEST(Felt, MontgomeryOneIsRModP) {
    EXPECT_EQ(Felt::from_u64(1).montgomery(), kMontOne);
    EXPECT_TRUE(Felt{}.is_zero());
    EXPECT_EQ(Felt{}.montgomery(), (Felt::Limbs{}));
    EXPECT_EQ(Felt::from_u64(0), Felt{});
}

TEST(Felt, TextOfEdgeValues) {
    for (const auto& v : kTextVectors) {
        SCOPED_TRACE(v.dec);
        const auto f = Felt::from_canonical(v.value);
        ASSERT_TRUE(f.has_value());
        EXPECT_EQ(f->canonical(), v.value);
        EXPECT_EQ(f->to_dec(), v.dec);
        EXPECT_EQ(f->to_hex(), v.hex);
        EXPECT_EQ(f->to_signed_dec(), v.signed_dec);
        EXPECT_EQ(Felt::parse(v.dec), f);
        EXPECT_EQ(Felt::parse(v.hex), f);
        EXPECT_EQ(Felt::parse(v.signed_dec), f);
        EXPECT_EQ(Felt::from_montgomery(f->montgomery()), *f);
    }
}

TEST(Felt, ParseReducesModP) {
    for (const auto& v : kParseVectors) {
        SCOPED_TRACE(v.text);
        const auto f = Felt::parse(v.text);
        ASSERT_TRUE(f.has_value());
        EXPECT_FELT_EQ(*f, v.expected);
    }
}

TEST(Felt, ParseRejectsMalformedText) {
    for (const char* text : {"", "-", "0x", "-0x", "0X", "12a", "0x12g", " 1", "1 ", "+1", "--1",
                             "0x-1", "-+1", "1.0", "0b101", "0o7", "1_000", "1e5", "x1", "١"}) {
        EXPECT_FALSE(Felt::parse(text).has_value()) << '"' << text << '"';
    }
    EXPECT_FALSE(Felt::parse(std::string_view("12\0" "3", 4)).has_value());
}

class FeltArith : public ::testing::TestWithParam<ArithVector> {};

TEST_P(FeltArith, MatchesPythonIntegers) {
    const ArithVector& v = GetParam();
    const Felt a = felt(v.a);
    const Felt b = felt(v.b);
    EXPECT_FELT_EQ(a + b, v.sum);
    EXPECT_FELT_EQ(b + a, v.sum);
    EXPECT_FELT_EQ(a - b, v.diff);
    EXPECT_FELT_EQ(-(b - a), v.diff);
    EXPECT_FELT_EQ(a * b, v.product);
    EXPECT_FELT_EQ(b * a, v.product);
    if (!b.is_zero()) {
        EXPECT_FELT_EQ(a / b, v.quotient);
        EXPECT_FELT_EQ(a * b.inverse(), v.quotient);
    }
    Felt c = a;
    c += b;
    EXPECT_FELT_EQ(c, v.sum);
    c = a;
    c -= b;
    EXPECT_FELT_EQ(c, v.diff);
    c = a;
    c *= b;
    EXPECT_FELT_EQ(c, v.product);
}

INSTANTIATE_TEST_SUITE_P(Vectors, FeltArith, ::testing::ValuesIn(kArithVectors));

TEST(Felt, Negation) {
    EXPECT_EQ(-Felt{}, Felt{});
    EXPECT_FELT_EQ(-Felt::from_u64(1), kTextVectors[3].dec);  // P - 1
    EXPECT_EQ(-(-felt(kTextVectors[5].dec)), felt(kTextVectors[5].dec));
    EXPECT_EQ(-Felt::from_u64(7) + Felt::from_u64(7), Felt{});
}

TEST(Felt, InverseMatchesPython) {
    for (const auto& v : kInverseVectors) {
        SCOPED_TRACE(v.x);
        const Felt x = felt(v.x);
        EXPECT_FELT_EQ(x.inverse(), v.expected);
        EXPECT_FELT_EQ(x * x.inverse(), "1");
        EXPECT_FELT_EQ(Felt::from_u64(1) / x, v.expected);
    }
}

TEST(Felt, PowMatchesPython) {
    for (const auto& v : kPowVectors) {
        SCOPED_TRACE(v.base);
        EXPECT_FELT_EQ(felt(v.base).pow(v.exponent), v.expected);
    }
}

TEST(Felt, SqrtMatchesCairoLang) {
    for (const auto& v : kSqrtVectors) {
        SCOPED_TRACE(v.x);
        const auto root = felt(v.x).sqrt();
        ASSERT_TRUE(root.has_value());
        EXPECT_FELT_EQ(*root, v.expected);
        EXPECT_EQ(*root * *root, felt(v.x));
    }
}

TEST(Felt, SqrtOfNonResidueIsNullopt) {
    for (const char* n : kNonResidues) EXPECT_FALSE(felt(n).sqrt().has_value()) << n;
}

TEST(Felt, FromCanonicalRejectsValuesFromP) {
    EXPECT_FALSE(Felt::from_canonical(kPLimbs).has_value());
    EXPECT_FALSE(Felt::from_canonical({2, 0, 0, kPLimbs[3]}).has_value());
    EXPECT_FALSE(Felt::from_canonical({0, 0, 0, kPLimbs[3] + 1}).has_value());
    EXPECT_FALSE(Felt::from_canonical({~0ULL, ~0ULL, ~0ULL, ~0ULL}).has_value());
    const auto p_minus_1 = Felt::from_canonical({0, 0, 0, kPLimbs[3]});
    ASSERT_TRUE(p_minus_1.has_value());
    EXPECT_EQ(*p_minus_1, -Felt::from_u64(1));
}

TEST(Felt, FromCanonicalReducedTakesAny256BitValue) {
    for (const auto& v : kReduceVectors) {
        SCOPED_TRACE(v.expected);
        EXPECT_FELT_EQ(Felt::from_canonical_reduced(v.value), v.expected);
    }
    for (const auto& v : kTextVectors) {
        EXPECT_EQ(Felt::from_canonical_reduced(v.value), Felt::from_canonical(v.value));
    }
}

TEST(Felt, BytesRoundTrip) {
    const auto f = Felt::from_bytes_le(kBytesValue);
    ASSERT_TRUE(f.has_value());
    EXPECT_FELT_EQ(*f, kBytesValueDec);
    EXPECT_EQ(f->to_bytes_le(), kBytesValue);
    EXPECT_FALSE(Felt::from_bytes_le(kBytesP).has_value());
    std::array<uint8_t, 32> all_ones;
    all_ones.fill(0xff);
    EXPECT_FALSE(Felt::from_bytes_le(all_ones).has_value());
    for (const auto& v : kTextVectors) {
        const Felt x = felt(v.dec);
        EXPECT_EQ(Felt::from_bytes_le(x.to_bytes_le()), x) << v.dec;
    }
    std::array<uint8_t, 32> one{};
    one[0] = 1;
    EXPECT_EQ(Felt::from_u64(1).to_bytes_le(), one);
}

TEST(Felt, ToU64) {
    EXPECT_EQ(Felt{}.to_u64(), 0u);
    EXPECT_EQ(felt("18446744073709551615").to_u64(), std::numeric_limits<uint64_t>::max());
    EXPECT_FALSE(felt("18446744073709551616").to_u64().has_value());
    EXPECT_FALSE((-Felt::from_u64(1)).to_u64().has_value());
}

TEST(Felt, ToI64Boundaries) {
    constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    EXPECT_EQ(Felt{}.to_i64(), 0);
    EXPECT_EQ(felt("9223372036854775807").to_i64(), kMax);
    EXPECT_FALSE(felt("9223372036854775808").to_i64().has_value());
    EXPECT_EQ(felt("-1").to_i64(), -1);
    EXPECT_EQ(felt("-9223372036854775807").to_i64(), kMin + 1);
    EXPECT_EQ(felt("-9223372036854775808").to_i64(), kMin);
    EXPECT_FALSE(felt("-9223372036854775809").to_i64().has_value());
    EXPECT_FALSE(felt(kTextVectors[5].dec).to_i64().has_value());  // (P - 1) / 2
    EXPECT_FALSE(felt(kTextVectors[6].dec).to_i64().has_value());  // (P + 1) / 2
}

TEST(Felt, FromI64) {
    constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
    EXPECT_FELT_EQ(Felt::from_i64(0), "0");
    EXPECT_FELT_EQ(Felt::from_i64(-1), kTextVectors[3].dec);
    EXPECT_FELT_EQ(Felt::from_i64(kMin), kTextVectors[15].dec);  // P - 2^63
    EXPECT_FELT_EQ(Felt::from_i64(std::numeric_limits<int64_t>::max()), "9223372036854775807");
    for (const int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{-42}, kMin, kMin + 1,
                            std::numeric_limits<int64_t>::max()}) {
        EXPECT_EQ(Felt::from_i64(v).to_i64(), v);
        EXPECT_EQ(Felt::from_i64(v).to_signed_dec(), std::to_string(v));
    }
}

TEST(Felt, CompareOrdersCanonicalValues) {
    const Felt zero;
    const Felt one = Felt::from_u64(1);
    const Felt p_minus_1 = -one;
    const Felt half = felt(kTextVectors[5].dec);
    EXPECT_EQ(zero.compare(zero), 0);
    EXPECT_EQ(zero.compare(one), -1);
    EXPECT_EQ(one.compare(zero), 1);
    EXPECT_EQ(p_minus_1.compare(one), 1);  // unsigned order, not the signed view
    EXPECT_EQ(half.compare(half + one), -1);
    EXPECT_EQ(felt("18446744073709551616").compare(felt("18446744073709551615")), 1);
}

}  // namespace
}  // namespace xcairo
