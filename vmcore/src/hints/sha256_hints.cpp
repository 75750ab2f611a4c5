// cairo_sha256/sha256_utils.cairo: finalize_sha256 pads the last batch with instances of the
// zero message.
#include "hints/hash_compress.hpp"
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

using big::U256;

// padding = (message + IV + output) * number_of_missing_blocks, at ids.sha256_ptr_end
void sha256_padding(HintCall& h) {
    const U256 batch = big::of(h.felt(1, 8));
    if (batch == U256{}) throw HintError("ZeroDivisionError", "integer modulo by zero", 8);
    U256 q, r;
    big::divmod(big::of(h.felt(0, 8)), batch, q, r);
    const U256 missing = r == U256{} ? r : big::sub(batch, r);  // (-n) % BATCH_SIZE
    if (!big::less(missing, big::from_u64(20))) hint_assert_failed("", 9);
    const std::optional<uint64_t> chunk = h.felt(2, 10).to_u64();
    if (!chunk || *chunk >= 100) hint_assert_failed("", 11);
    if (*chunk != 16)
        hint_assert_failed("", 14,
                           {{"starkware/cairo/common/cairo_sha256/sha256_utils.py", 96,
                             "compute_message_schedule", "assert len(w) == 16"}});
    const Words16 message{};
    const Words8 output = sha256_compress(kSha256Iv, message);
    std::vector<MaybeRelocatable> block(message.size(), MaybeRelocatable(Felt()));
    for (const uint32_t word : kSha256Iv) block.emplace_back(Felt::from_u64(word));
    for (const uint32_t word : output) block.emplace_back(Felt::from_u64(word));
    h.ctx.load_data(h.ptr(3, 17), repeated(block, missing.limb[0]));
}

}  // namespace

std::vector<NativeHint> sha256_hints() {
    return {
        {R"(# Add dummy pairs of input and output.
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
segments.write_arg(ids.sha256_ptr_end, padding))",
         {"n", "BATCH_SIZE", "SHA256_INPUT_CHUNK_SIZE_FELTS", "sha256_ptr_end"}, sha256_padding},
    };
}

}  // namespace xcairo
