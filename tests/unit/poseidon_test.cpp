// Poseidon: the Hades permutation and cairo-lang's hashes, against known answers computed by
// cairo-lang's poseidon_hash.py (permutation_vectors.hpp).
#include <gtest/gtest.h>

#include <vector>

#include "builtins/poseidon.hpp"
#include "permutation_vectors.hpp"

namespace xcairo {
namespace {

using namespace permutation_vectors;

Felt felt(const char* dec) {
    const auto f = Felt::parse(dec);
    EXPECT_TRUE(f.has_value()) << "unparsable vector " << dec;
    return f.value_or(Felt{});
}

TEST(Poseidon, PermutationMatchesCairoLang) {
    for (const auto& v : kPerm) {
        SCOPED_TRACE(v.input[0]);
        PoseidonState state{felt(v.input[0]), felt(v.input[1]), felt(v.input[2])};
        poseidon_permute(state);
        for (int i = 0; i < 3; ++i) EXPECT_EQ(state[i].to_dec(), v.output[i]) << "element " << i;
    }
}

TEST(Poseidon, PermutationChainMatchesCairoLang) {
    for (const auto& v : kPermChain) {
        SCOPED_TRACE(v.input[0]);
        PoseidonState state{felt(v.input[0]), felt(v.input[1]), felt(v.input[2])};
        for (int r = 0; r < v.rounds; ++r) poseidon_permute(state);
        for (int i = 0; i < 3; ++i) EXPECT_EQ(state[i].to_dec(), v.output[i]) << "element " << i;
    }
}

TEST(Poseidon, HashMatchesCairoLang) {
    for (const auto& v : kHash) {
        SCOPED_TRACE(v.x);
        EXPECT_EQ(poseidon_hash(felt(v.x), felt(v.y)).to_dec(), v.hash);
    }
}

TEST(Poseidon, HashSingleMatchesCairoLang) {
    for (const auto& v : kSingle) EXPECT_EQ(poseidon_hash_single(felt(v.x)).to_dec(), v.hash);
}

TEST(Poseidon, HashManyMatchesCairoLang) {
    for (const auto& v : kMany) {
        SCOPED_TRACE(v.count);
        std::vector<Felt> values;
        for (int i = 0; i < v.count; ++i) values.push_back(felt(v.values[i]));
        EXPECT_EQ(poseidon_hash_many(values).to_dec(), v.hash);
    }
}

TEST(Poseidon, HashesAreFirstElementOfPermutation) {
    const Felt x = felt(kHash[4].x), y = felt(kHash[4].y);
    PoseidonState pair{x, y, Felt::from_u64(2)};
    poseidon_permute(pair);
    EXPECT_EQ(poseidon_hash(x, y), pair[0]);
    PoseidonState single{x, Felt{}, Felt::from_u64(1)};
    poseidon_permute(single);
    EXPECT_EQ(poseidon_hash_single(x), single[0]);
    // One value pads to the block (x, 1): the sponge's single permutation of (x, 1, 0).
    PoseidonState sponge{x, Felt::from_u64(1), Felt{}};
    poseidon_permute(sponge);
    const Felt one_value[] = {x};
    EXPECT_EQ(poseidon_hash_many(one_value), sponge[0]);
}

}  // namespace
}  // namespace xcairo
