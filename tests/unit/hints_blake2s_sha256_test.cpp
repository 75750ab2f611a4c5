// cairo_blake2s/ and cairo_sha256/ hints. Expected words come from cairo-lang's blake2s_utils
// and sha256_utils.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kCompute =
    "from starkware.cairo.common.cairo_blake2s.blake2s_utils import compute_blake2s_func\n"
    "compute_blake2s_func(segments=segments, output_ptr=ids.output)";

constexpr const char* kUnpack = R"(offset = 0
for i in range(ids.packed_values_len):
    val = (memory[ids.packed_values + i] % PRIME)
    val_len = 2 if val < 2**63 else 8
    if val_len == 8:
        val += 2**255
    for i in range(val_len - 1, -1, -1):
        val, memory[ids.unpacked_u32s + offset + i] = divmod(val, 2**32)
    assert val == 0
    offset += val_len)";

constexpr const char* kSha256Padding = R"(# Add dummy pairs of input and output.
from starkware.cairo.common.cairo_sha256.sha256_utils import (
    IV,
    compute_message_schedule,
    sha2_compress_function,
)

number_of_missing_blocks = (-ids.n) % ids.BATCH_SIZE
assert 0 <= number_of_missing_blocks < 20
_sha256_input_chunk_size_felts = ids.SHA256_INPUT_CHUNK_SIZE_FELTS
assert 0 <= _sha256_input_chunk_size_felts < 100

message = [0] * _sha256_input_chunk_size_felts
w = compute_message_schedule(message)
output = sha2_compress_function(IV, w)
padding = (message + IV + output) * number_of_missing_blocks
segments.write_arg(ids.sha256_ptr_end, padding))";

constexpr uint64_t kIv[8] = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                             0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

using HintsBlake2s = HintFixture;

Felt u64(uint64_t v) { return Felt::from_u64(v); }

/// An instance: h (modified IV), 16 message words (`last_word` the 16th), t, f; returns the
/// output pointer.
Relocatable put_instance(Memory& memory, const Felt& t, const Felt& flag, const Felt& last_word) {
    const Relocatable base = memory.add_segment();
    for (uint64_t i = 0; i < 8; ++i)
        memory.insert(base + i, u64(i == 0 ? kIv[0] ^ 0x01010020 : kIv[i]));
    for (uint64_t i = 0; i < 15; ++i)
        memory.insert(base + (8 + i), u64(i * 0x11111111 % (1ull << 32)));
    memory.insert(base + 23, last_word);
    memory.insert(base + 24, t);
    memory.insert(base + 25, flag);
    return base + 26;
}

TEST_F(HintsBlake2s, CompressesTheInstanceBeforeTheOutput) {
    hint(kCompute);
    const Relocatable out =
        put_instance(memory(), u64(64 + (1ull << 32)), u64(0xffffffff), u64(0xffffffff));
    put(cell("output", "felt*"), out);
    run();
    EXPECT_EQ(felt_at(out), u64(0x40641d18));
    EXPECT_EQ(felt_at(out + 1), u64(0x66b068b3));
    EXPECT_EQ(felt_at(out + 2), u64(0xdd5a1baf));
}

TEST_F(HintsBlake2s, RefusesAWideMessageWord) {
    hint(kCompute);
    const Relocatable out = put_instance(memory(), u64(64), u64(0), u64(1ull << 32));
    put(cell("output", "felt*"), out);
    EXPECT_NE(run_error().find("NotImplementedError: xcairo: blake2s_compress"), std::string::npos);
}

TEST_F(HintsBlake2s, UnknownStateWord) {
    hint(kCompute);
    const Relocatable base = memory().add_segment();
    put(cell("output", "felt*"), base + 26);
    EXPECT_EQ(run_error(), "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError: Unknown value for "
                           "memory cell at address " + base.to_string() + ".");
}

TEST_F(HintsBlake2s, UnpacksSmallAndLargeValues) {
    hint(kUnpack);
    const Relocatable packed = memory().add_segment();
    const Relocatable unpacked = memory().add_segment();
    put(packed, u64(5));
    put(packed + 1, Felt::from_i64(-1));
    put(cell("packed_values_len"), 2);
    put(cell("packed_values", "felt*"), packed);
    put(cell("unpacked_u32s", "felt*"), unpacked);
    run();
    EXPECT_EQ(felt_at(unpacked), Felt());
    EXPECT_EQ(felt_at(unpacked + 1), u64(5));
    EXPECT_EQ(felt_at(unpacked + 2), u64(0x88000000));
    EXPECT_EQ(felt_at(unpacked + 3), u64(0x11));
    EXPECT_EQ(felt_at(unpacked + 9), Felt());
    EXPECT_FALSE(at(unpacked + 10).has_value());
}

using HintsSha256 = HintFixture;

TEST_F(HintsSha256, PadsToTheBatch) {
    hint(kSha256Padding);
    put(cell("n"), 2);
    constant("BATCH_SIZE", u64(7));
    constant("SHA256_INPUT_CHUNK_SIZE_FELTS", u64(16));
    const Relocatable end = memory().add_segment();
    put(cell("sha256_ptr_end", "felt*"), end);
    run();
    for (uint64_t block = 0; block < 5; ++block) {
        EXPECT_EQ(felt_at(end + 32 * block), Felt());
        EXPECT_EQ(felt_at(end + 32 * block + 16), u64(kIv[0]));
        EXPECT_EQ(felt_at(end + 32 * block + 24), u64(0xda5698be));
        EXPECT_EQ(felt_at(end + 32 * block + 25), u64(0x17b9b469));
    }
    EXPECT_FALSE(at(end + 160).has_value());
}

TEST_F(HintsSha256, AFullBatchNeedsNoPadding) {
    hint(kSha256Padding);
    put(cell("n"), 14);
    constant("BATCH_SIZE", u64(7));
    constant("SHA256_INPUT_CHUNK_SIZE_FELTS", u64(16));
    const Relocatable end = memory().add_segment();
    put(cell("sha256_ptr_end", "felt*"), end);
    run();
    EXPECT_FALSE(at(end).has_value());
}

TEST_F(HintsSha256, TooManyMissingBlocks) {
    hint(kSha256Padding);
    put(cell("n"), 1);
    constant("BATCH_SIZE", u64(30));
    constant("SHA256_INPUT_CHUNK_SIZE_FELTS", u64(16));
    put(cell("sha256_ptr_end", "felt*"), memory().add_segment());
    EXPECT_EQ(run_error(), "AssertionError");
}

}  // namespace
}  // namespace xcairo::testing
