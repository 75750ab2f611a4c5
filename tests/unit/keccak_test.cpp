// Keccak: keccak-f[1600] against cairo-lang's keccak_func, and the builtin's 200-bit packing
// against the keccak builtin runner's own deduction rule (permutation_vectors.hpp).
#include <gtest/gtest.h>

#include <string>

#include "builtins/keccak.hpp"
#include "permutation_vectors.hpp"

namespace xcairo {
namespace {

using namespace permutation_vectors;

KeccakFelts felts(const std::array<const char*, 8>& dec) {
    KeccakFelts out;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto f = Felt::parse(dec[i]);
        EXPECT_TRUE(f.has_value()) << "unparsable vector " << dec[i];
        out[i] = f.value_or(Felt{});
    }
    return out;
}

TEST(Keccak, F1600MatchesCairoLang) {
    for (const auto& v : kLanes) {
        KeccakState state = v.input;
        keccak_f1600(state);
        EXPECT_EQ(state, v.output);
    }
}

TEST(Keccak, F1600OfZeroIsTheFipsValue) {
    KeccakState state{};
    keccak_f1600(state);
    EXPECT_EQ(state[0], 0xf1258f7940e1dde7ULL);
    EXPECT_EQ(state[24], 0xeaf1ff7b5ceca249ULL);
}

TEST(Keccak, BuiltinMatchesCairoLang) {
    for (const auto& v : kBuiltin) {
        SCOPED_TRACE(v.input[0]);
        KeccakFelts outputs{};
        ASSERT_EQ(keccak_builtin(felts(v.input), outputs), v.error);
        if (v.error >= 0) continue;
        for (std::size_t i = 0; i < outputs.size(); ++i)
            EXPECT_EQ(outputs[i].to_dec(), v.output[i]) << "output " << i;
    }
}

TEST(Keccak, RejectsTheFirstInputOf201Bits) {
    KeccakFelts inputs{};
    inputs[3] = Felt::parse("0x1" + std::string(50, '0')).value();  // 2^200
    inputs[6] = inputs[3];
    KeccakState state;
    EXPECT_EQ(keccak_pack(inputs, state), 3);
    inputs[3] = -Felt::from_u64(1);
    EXPECT_EQ(keccak_pack(inputs, state), 3);
    inputs[3] = inputs[3] - inputs[3];
    EXPECT_EQ(keccak_pack(inputs, state), 6);
}

TEST(Keccak, PackThenUnpackIsIdentity) {
    for (const auto& v : kBuiltin) {
        if (v.error >= 0) continue;
        const KeccakFelts inputs = felts(v.output);  // any 200-bit values
        KeccakState state;
        ASSERT_EQ(keccak_pack(inputs, state), -1);
        KeccakFelts back{};
        keccak_unpack(state, back);
        EXPECT_EQ(back, inputs);
    }
}

TEST(Keccak, PackPlacesFeltsAt200BitStrides) {
    KeccakFelts inputs{};
    inputs[1] = Felt::from_u64(1);                        // bit 200: lane 3, bit 8
    inputs[7] = Felt::parse("0x80" + std::string(48, '0')).value();  // bit 1599: lane 24, bit 63
    KeccakState state;
    ASSERT_EQ(keccak_pack(inputs, state), -1);
    KeccakState expected{};
    expected[3] = uint64_t{1} << 8;
    expected[24] = uint64_t{1} << 63;
    EXPECT_EQ(state, expected);
}

}  // namespace
}  // namespace xcairo
