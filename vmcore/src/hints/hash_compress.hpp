#pragma once
// The 32-bit-word compression functions that hints compute: Blake2s's and SHA-256's, on fixed
// arrays (cairo-lang's blake2s_utils.blake2s_compress and sha256_utils.sha256_update_state).
#include <array>
#include <cstdint>

namespace xcairo {

using Words8 = std::array<uint32_t, 8>;
using Words16 = std::array<uint32_t, 16>;

inline constexpr Words8 kSha256Iv = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                                     0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};
/// Blake2s starts from the same words.
inline constexpr const Words8& kBlake2sIv = kSha256Iv;

/// blake2s_compress(h, message, t0, t1, f0, f1): 10 rounds, h xored with both state halves.
Words8 blake2s_compress(const Words8& h, const Words16& message, uint32_t t0, uint32_t t1,
                        uint32_t f0, uint32_t f1) noexcept;

/// sha2_compress_function(state, compute_message_schedule(message)).
Words8 sha256_compress(const Words8& state, const Words16& message) noexcept;

}  // namespace xcairo
