// Pedersen hash against cairo-lang's pedersen_hash (curve_vectors.hpp).
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "builtins/pedersen.hpp"
#include "curve_fixtures.hpp"

namespace {

using namespace xcairo;
using curve_fixtures::felt;

TEST(Pedersen, MatchesCairoLang) {
    for (const auto& v : curve_vectors::kPedersen) {
        EXPECT_EQ(pedersen::hash(felt(v.x), felt(v.y)).to_hex(), felt(v.hash).to_hex())
            << "pedersen_hash(" << v.x << ", " << v.y << ")";
    }
}

TEST(Pedersen, KnownZeroZero) {
    // The well-known value of pedersen_hash(0, 0).
    EXPECT_EQ(pedersen::hash(Felt{}, Felt{}).to_hex(),
              "0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804");
}

TEST(Pedersen, OrderMatters) {
    const Felt a = Felt::from_u64(1);
    const Felt b = Felt::from_u64(2);
    EXPECT_NE(pedersen::hash(a, b), pedersen::hash(b, a));
}

TEST(Pedersen, ConcurrentFirstUse) {
    // The tables are built once even when several threads hash at the same time.
    const auto& v = curve_vectors::kPedersen[0];
    std::vector<std::thread> threads;
    std::vector<Felt> results(4);
    for (size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&, i] { results[i] = pedersen::hash(felt(v.x), felt(v.y)); });
    }
    for (auto& t : threads) t.join();
    for (const Felt& r : results) EXPECT_EQ(r.to_hex(), felt(v.hash).to_hex());
}

}  // namespace
