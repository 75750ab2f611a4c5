// uint256.cairo and log2_ceil.cairo hints.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kMulDivMod = R"(a = (ids.a.high << 128) + ids.a.low
b = (ids.b.high << 128) + ids.b.low
div = (ids.div.high << 128) + ids.div.low
quotient, remainder = divmod(a * b, div)

ids.quotient_low.low = quotient & ((1 << 128) - 1)
ids.quotient_low.high = (quotient >> 128) & ((1 << 128) - 1)
ids.quotient_high.low = (quotient >> 256) & ((1 << 128) - 1)
ids.quotient_high.high = quotient >> 384
ids.remainder.low = remainder & ((1 << 128) - 1)
ids.remainder.high = remainder >> 128)";

class HintsUint256 : public HintFixture {
  protected:
    /// ids of kMulDivMod: a, b, div, quotient_low, quotient_high, remainder, two cells each.
    void uint256_ids() {
        struct_type("Uint256", {"low", "high"});
        const char* names[] = {"a", "b", "div", "quotient_low", "quotient_high", "remainder"};
        for (int i = 0; i < 6; ++i) {
            reference(names[i], "[cast(fp + " + std::to_string(2 * i) + ", __main__.Uint256*)]",
                      "__main__.Uint256");
        }
    }
};

TEST_F(HintsUint256, MulDivModSplitsTheQuotient) {
    hint(kMulDivMod);
    uint256_ids();
    const Felt max128 = Felt::from_canonical_reduced({~0ULL, ~0ULL, 0, 0});
    put(fp() + 0, max128);  // a = 2^256 - 1
    put(fp() + 1, max128);
    put(fp() + 2, max128);  // b = 2^256 - 1
    put(fp() + 3, max128);
    put(fp() + 4, 1);  // div = 1
    put(fp() + 5, 0);
    run();
    // (2^256 - 1)^2 = 2^512 - 2^257 + 1: quotient limbs (1, 0, 2^128 - 2, 2^128 - 1).
    EXPECT_EQ(felt_at(fp() + 6), Felt::from_u64(1));
    EXPECT_EQ(felt_at(fp() + 7), Felt());
    EXPECT_EQ(felt_at(fp() + 8), max128 - Felt::from_u64(1));
    EXPECT_EQ(felt_at(fp() + 9), max128);
    EXPECT_EQ(felt_at(fp() + 10), Felt());
}

TEST_F(HintsUint256, MulDivModByZero) {
    hint(kMulDivMod);
    uint256_ids();
    for (uint64_t i = 0; i < 6; ++i) put(fp() + i, i < 4 ? 3 : 0);
    EXPECT_EQ(run_error(), "ZeroDivisionError: integer division or modulo by zero");
}

TEST_F(HintsUint256, Log2Ceil) {
    hint("from starkware.python.math_utils import log2_ceil\nids.res = log2_ceil(ids.value)");
    put(cell("value"), 1025);
    const Relocatable res = cell("res");
    run();
    EXPECT_EQ(felt_at(res), Felt::from_u64(11));
}

}  // namespace
}  // namespace xcairo::testing
