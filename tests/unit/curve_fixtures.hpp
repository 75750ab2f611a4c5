#pragma once
// Helpers shared by the curve, Pedersen and ECDSA tests: vector text to Felts and points.
#include <gtest/gtest.h>

#include "builtins/stark_curve.hpp"
#include "curve_vectors.hpp"

namespace xcairo::curve_fixtures {

inline Felt felt(const char* text) {
    const std::optional<Felt> value = Felt::parse(text);
    EXPECT_TRUE(value.has_value()) << text;
    return value.value_or(Felt{});
}

inline curve::AffinePoint point(const curve_vectors::PointText& p) {
    return {felt(p.x), felt(p.y)};
}

}  // namespace xcairo::curve_fixtures

#define EXPECT_POINT_EQ(actual, expected)                                                  \
    do {                                                                                   \
        const ::xcairo::curve::AffinePoint expect_point_a = (actual);                      \
        const ::xcairo::curve::AffinePoint expect_point_e = (expected);                    \
        EXPECT_EQ(expect_point_a.x.to_hex(), expect_point_e.x.to_hex());                   \
        EXPECT_EQ(expect_point_a.y.to_hex(), expect_point_e.y.to_hex());                   \
    } while (0)
