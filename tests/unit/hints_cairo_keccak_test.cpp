// Keccak in Cairo (cairo_keccak/, builtin_keccak/, keccak_utils/, simulate_builtin_keccak_with_cairo/)
// and builtin_poseidon/ hints. Expected lanes come from cairo-lang's keccak_utils.keccak_func.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kBlockPermutation = R"(from starkware.cairo.common.keccak_utils.keccak_utils import keccak_func
_keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)
assert 0 <= _keccak_state_size_felts < 100

output_values = keccak_func(memory.get_range(
    ids.keccak_ptr - _keccak_state_size_felts, _keccak_state_size_felts))
segments.write_arg(ids.keccak_ptr, output_values))";

constexpr const char* kPadding = R"(# Add dummy pairs of input and output.
_keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)
_block_size = int(ids.BLOCK_SIZE)
assert 0 <= _keccak_state_size_felts < 100
assert 0 <= _block_size < 10
inp = [0] * _keccak_state_size_felts
padding = (inp + keccak_func(inp)) * _block_size
segments.write_arg(ids.keccak_ptr_end, padding))";

constexpr const char* kStateToLanes = R"(full_num = ids.keccak_builtin_state.s0
full_num += (2**200) * ids.keccak_builtin_state.s1
full_num += (2**400) * ids.keccak_builtin_state.s2
full_num += (2**600) * ids.keccak_builtin_state.s3
full_num += (2**800) * ids.keccak_builtin_state.s4
full_num += (2**1000) * ids.keccak_builtin_state.s5
full_num += (2**1200) * ids.keccak_builtin_state.s6
full_num += (2**1400) * ids.keccak_builtin_state.s7
for i in range(25):
    memory[ids.felt_array + i] = full_num % (2**64)
    full_num = full_num >> 64)";

constexpr const char* kPoseidonTen =
    "memory[ap] = to_felt_or_relocatable(ids.elements_end - ids.elements >= 10)";

using HintsCairoKeccak = HintFixture;

Felt u64(uint64_t v) { return Felt::from_u64(v); }

TEST_F(HintsCairoKeccak, BlockPermutationWritesKeccakFuncOfThePreviousLanes) {
    hint(kBlockPermutation);
    constant("KECCAK_STATE_SIZE_FELTS", u64(25));
    const Relocatable lanes = memory().add_segment();
    for (uint64_t i = 0; i < 25; ++i) put(lanes + i, static_cast<int64_t>(i));
    put(cell("keccak_ptr", "felt*"), lanes + 25);
    run();
    EXPECT_EQ(felt_at(lanes + 25), u64(0x8374b05252ed8115));
    EXPECT_EQ(felt_at(lanes + 26), u64(0x1df7a676b6569400));
    EXPECT_EQ(felt_at(lanes + 27), u64(0xf765194b8a51797d));
    EXPECT_TRUE(scopes().current().count("keccak_func"));
}

TEST_F(HintsCairoKeccak, BlockPermutationOnAnUnknownLane) {
    hint(kBlockPermutation);
    constant("KECCAK_STATE_SIZE_FELTS", u64(25));
    const Relocatable lanes = memory().add_segment();
    put(cell("keccak_ptr", "felt*"), lanes + 25);
    EXPECT_EQ(run_error(), "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError: Unknown value for "
                           "memory cell at address " + lanes.to_string() + ".");
}

TEST_F(HintsCairoKeccak, BlockPermutationRefusesAWideLane) {
    hint(kBlockPermutation);
    constant("KECCAK_STATE_SIZE_FELTS", u64(25));
    const Relocatable lanes = memory().add_segment();
    for (uint64_t i = 0; i < 25; ++i) put(lanes + i, Felt::from_i64(-1));
    put(cell("keccak_ptr", "felt*"), lanes + 25);
    EXPECT_NE(run_error().find("NotImplementedError: xcairo: keccak_func on a lane"), std::string::npos);
}

TEST_F(HintsCairoKeccak, PaddingRepeatsZeroAndItsPermutation) {
    hint(kPadding);
    constant("KECCAK_STATE_SIZE_FELTS", u64(25));
    constant("BLOCK_SIZE", u64(3));
    const Relocatable end = memory().add_segment();
    put(cell("keccak_ptr_end", "felt*"), end);
    scopes().set("keccak_func", 0);
    run();
    for (uint64_t block = 0; block < 3; ++block) {
        EXPECT_EQ(felt_at(end + 50 * block), Felt());
        EXPECT_EQ(felt_at(end + 50 * block + 25), u64(0xf1258f7940e1dde7));
        EXPECT_EQ(felt_at(end + 50 * block + 26), u64(0x84d5ccf933c0478a));
    }
    EXPECT_FALSE(at(end + 150).has_value());
}

TEST_F(HintsCairoKeccak, PaddingNeedsKeccakFuncImported) {
    hint(kPadding);
    constant("KECCAK_STATE_SIZE_FELTS", u64(25));
    constant("BLOCK_SIZE", u64(3));
    put(cell("keccak_ptr_end", "felt*"), memory().add_segment());
    EXPECT_EQ(run_error(), "NameError: name 'keccak_func' is not defined");
}

TEST_F(HintsCairoKeccak, StateToLanesCarriesAcrossWords) {
    hint(kStateToLanes);
    struct_type("KeccakBuiltinState", {"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"});
    const Relocatable out = memory().add_segment();
    put(cell("felt_array", "felt*"), out);
    const Relocatable state = fp() + 1;
    reference("keccak_builtin_state", "[cast(fp + 1, __main__.KeccakBuiltinState*)]",
              "__main__.KeccakBuiltinState");
    const Felt values[8] = {Felt::from_i64(-1), Felt::from_canonical_reduced({~0ull, ~0ull, ~0ull, 0xff}),
                            u64(5), Felt(), Felt(), Felt(), Felt(), u64(3)};
    for (uint64_t i = 0; i < 8; ++i) put(state + i, values[i]);
    run();
    EXPECT_EQ(felt_at(out + 0), Felt());
    EXPECT_EQ(felt_at(out + 3), u64(0x07ffffffffffff11));
    EXPECT_EQ(felt_at(out + 4), Felt());
    EXPECT_EQ(felt_at(out + 21), u64(0x300000000000000));
    EXPECT_EQ(felt_at(out + 24), Felt());
}

class HintsPoseidonMany : public HintFixture {
  protected:
    std::string left(const MaybeRelocatable& end, const MaybeRelocatable& start) {
        hint(kPoseidonTen);
        put(cell("elements_end", "felt*"), end);
        put(cell("elements", "felt*"), start);
        const std::string error = run_error();
        return error.empty() ? felt_at(ap()).to_dec() : error;
    }
};

TEST_F(HintsPoseidonMany, TenLeft) { EXPECT_EQ(left(Relocatable{3, 20}, Relocatable{3, 10}), "1"); }

TEST_F(HintsPoseidonMany, NineLeft) { EXPECT_EQ(left(Relocatable{3, 19}, Relocatable{3, 10}), "0"); }

TEST_F(HintsPoseidonMany, EndBeforeStart) { EXPECT_EQ(left(Relocatable{3, 5}, Relocatable{3, 10}), "0"); }

TEST_F(HintsPoseidonMany, IntegersCompareAsPythonInts) {
    EXPECT_EQ(left(Felt::from_u64(3), Felt::from_u64(5)), "0");
}

TEST_F(HintsPoseidonMany, DifferentSegments) {
    EXPECT_EQ(left(Relocatable{3, 20}, Relocatable{4, 10}),
              "AssertionError: Can only subtract two relocatable values of the same segment (3 != 4).");
}

TEST_F(HintsPoseidonMany, APointerAndAnInteger) {
    EXPECT_EQ(left(Relocatable{3, 20}, Felt::from_u64(3)),
              "TypeError: '>=' not supported between instances of 'RelocatableValue' and 'int'");
}

}  // namespace
}  // namespace xcairo::testing
