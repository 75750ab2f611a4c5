// ECDSA verification against cairo-lang's signature.verify (curve_vectors.hpp).
#include <gtest/gtest.h>

#include "builtins/curve_constants.hpp"
#include "builtins/ecdsa.hpp"
#include "curve_fixtures.hpp"

namespace {

using namespace xcairo;
using curve_fixtures::felt;
using ecdsa::VerifyStatus;

Felt::Limbs limbs(const uint64_t (&v)[4]) { return {v[0], v[1], v[2], v[3]}; }

TEST(Ecdsa, MatchesCairoLang) {
    int index = 0;
    for (const auto& v : curve_vectors::kEcdsa) {
        const VerifyStatus status = ecdsa::verify(felt(v.msg), limbs(v.r), limbs(v.s), felt(v.key));
        EXPECT_EQ(static_cast<int>(status), v.status) << "vector " << index;
        ++index;
    }
}

TEST(Ecdsa, InverseModOrder) {
    const Felt::Limbs order = curve_constants::kEcOrder;
    const Felt::Limbs order_minus_1 = {order[0] - 1, order[1], order[2], order[3]};
    EXPECT_EQ(ecdsa::inverse_mod_order({1, 0, 0, 0}), (Felt::Limbs{1, 0, 0, 0}));
    EXPECT_EQ(ecdsa::inverse_mod_order(order_minus_1), order_minus_1);  // (-1)^-1 = -1
    // 2^-1 = (N + 1) / 2: N's halves shifted down one bit, plus one (N is odd).
    Felt::Limbs expected;
    for (size_t i = 0; i < 4; ++i) {
        expected[i] = (order[i] >> 1) | (i < 3 ? order[i + 1] << 63 : 0);
    }
    expected[0] += 1;
    EXPECT_EQ(ecdsa::inverse_mod_order({2, 0, 0, 0}), expected);
}

}  // namespace
