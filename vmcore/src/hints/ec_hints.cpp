// ec.cairo (the Stark curve) and cairo_ec_op/ec_op.cairo: the random point of ec_op, recover_y,
// the scalar's bit unpacking and the failure of the simulated ec_op.
#include <cstring>
#include <vector>

#include "builtins/stark_curve.hpp"
#include "hints/hash_compress.hpp"
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

/// The y of a point (x, y) of the Stark curve: math_utils.sqrt's root, nullopt off the curve.
std::optional<Felt> curve_y(const Felt& x) {
    return (x * x * x + curve::kAlpha * x + curve::kBeta).sqrt();
}

/// SHA-256 (the padded message through sha256_compress).
std::array<uint8_t, 32> sha256(const uint8_t* data, size_t size) {
    std::vector<uint8_t> padded(data, data + size);
    padded.push_back(0x80);
    while (padded.size() % 64 != 56) padded.push_back(0);
    for (int i = 7; i >= 0; --i) padded.push_back(static_cast<uint8_t>((uint64_t{size} * 8) >> (8 * i)));
    Words8 state = kSha256Iv;
    for (size_t at = 0; at < padded.size(); at += 64) {
        Words16 words;
        for (size_t i = 0; i < 16; ++i) {
            const uint8_t* b = padded.data() + at + 4 * i;
            words[i] = uint32_t{b[0]} << 24 | uint32_t{b[1]} << 16 | uint32_t{b[2]} << 8 | b[3];
        }
        state = sha256_compress(state, words);
    }
    std::array<uint8_t, 32> digest;
    for (size_t i = 0; i < 32; ++i) digest[i] = static_cast<uint8_t>(state[i / 4] >> (24 - 8 * (i % 4)));
    return digest;
}

/// ids.s.x, ids.s.y = random_ec_point(FIELD_PRIME, ALPHA, BETA, seed), seed the values' 32-byte
/// big-endian forms (to_bytes) joined; s_id is ids.s.x's index (ids.s.y follows).
void set_random_ec_point(HintCall& h, const std::vector<Felt>& values, size_t s_id, int64_t line) {
    std::vector<uint8_t> seed;
    for (const Felt& value : values) {
        const Felt::Limbs v = value.canonical();
        for (size_t j = 0; j < 32; ++j) seed.push_back(static_cast<uint8_t>(v[3 - j / 8] >> (56 - 8 * (j % 8))));
    }
    const std::array<uint8_t, 32> hashed = sha256(seed.data(), seed.size());
    for (uint64_t i = 0; i < 100; ++i) {
        uint8_t message[41] = {};  // seed[1:] + i.to_bytes(10, "little")
        std::memcpy(message, hashed.data() + 1, 31);
        for (size_t j = 0; j < 8; ++j) message[31 + j] = static_cast<uint8_t>(i >> (8 * j));
        const std::array<uint8_t, 32> digest = sha256(message, sizeof message);
        Felt::Limbs x_int{};
        for (size_t j = 0; j < 32; ++j) x_int[3 - j / 8] |= uint64_t{digest[j]} << (56 - 8 * (j % 8));
        // x may reach 2^256; the curve equation and the memory cell both take it modulo P.
        const Felt x = Felt::from_canonical_reduced(x_int);
        if (const std::optional<Felt> y = curve_y(x)) {
            h.set(s_id, x, line);
            h.set(s_id + 1, (hashed[0] & 1) ? -*y : *y, line);
            return;
        }
    }
    throw HintError("Exception", "Could not find a point on the curve.", line,
                    {{"starkware/python/math_utils.py", 288, "random_ec_point",
                      "raise Exception(\"Could not find a point on the curve.\")"}});
}

// ec_op: seed = b"".join(map(to_bytes, [ids.p.x, ids.p.y, ids.m, ids.q.x, ids.q.y]))
void ec_op_random_point(HintCall& h) {
    std::vector<Felt> values;
    for (size_t i = 0; i < 5; ++i) values.push_back(h.felt(i, 7));
    set_random_ec_point(h, values, 5, 8);
}

// chained_ec_op: n_elms = ids.len checked; seed over ids.p, the len scalars at ids.m and the
// 2 * len coordinates at ids.q.
void chained_ec_op_random_point(HintCall& h) {
    const MaybeRelocatable len = h.value(0, 5);
    if (len.is_relocatable())
        hint_assert_failed("Invalid value for len. Got: " + len.relocatable().to_string() + ".", 6);
    const std::optional<uint64_t> n_elms = len.felt().to_u64();
    if (const int64_t* max_len = h.ctx.scopes().find<int64_t>("__chained_ec_op_max_len")) {
        if (!n_elms || *n_elms > static_cast<uint64_t>(*max_len))
            hint_assert_failed("chained_ec_op() can only be used with len<=" +
                                   std::to_string(*max_len) + ". Got: n_elms=" + len.felt().to_dec() + ".",
                               9);
    }
    if (!n_elms) throw HintError("NotImplementedError", "xcairo: chained_ec_op with len beyond 2^64.", 22);
    std::vector<Felt> values{h.felt(1, 20), h.felt(2, 21)};
    const Relocatable m = h.ptr(3, 22);
    for (uint64_t i = 0; i < *n_elms; ++i) values.push_back(h.mem_felt(m + i, 22));
    const Relocatable q = h.ptr(4, 23);
    for (uint64_t i = 0; i < 2 * *n_elms; ++i) values.push_back(h.mem_felt(q + i, 23));
    set_random_ec_point(h, values, 5, 27);
}

// ids.p.x = ids.x; ids.p.y = recover_y(ids.x, ALPHA, BETA, FIELD_PRIME)
void recover_y(HintCall& h) {
    h.set(1, h.value(0, 3), 3);
    const Felt x = h.felt(0, 5);
    const std::optional<Felt> y = curve_y(x);
    if (!y) {
        const std::string message =
            x.to_dec() + " does not represent the x coordinate of a point on the curve.";
        throw HintError("starkware.python.math_utils.NotOnCurveException", message, 5,
                        {{"starkware/python/math_utils.py", 261, "recover_y",
                          "raise NotOnCurveException(f\"{x} does not represent the x coordinate "
                          "of a point on the curve.\")"}});
    }
    h.set(2, *y, 5);
}

// curr_m = ids.m; memory[ids.m_bit_unpacking + i] = its bit i, for i < ids.M_MAX_BITS
void unpack_bits(HintCall& h) {
    const Felt::Limbs m = h.felt(0, 1).canonical();
    const Felt bits = h.felt(1, 2);
    // Bits beyond 256 are 0; a count beyond 2^64 would not finish in Python either.
    const uint64_t count = bits.to_u64().value_or(UINT64_MAX);
    const Relocatable out = h.ptr(2, 3);
    for (uint64_t i = 0; i < count; ++i) {
        const uint64_t bit = i < 256 ? (m[i / 64] >> (i % 64)) & 1 : 0;
        h.ctx.set(out + i, Felt::from_u64(bit));
    }
}

// assert False, "ec_op failed."
void ec_op_failed(HintCall&) { hint_assert_failed("ec_op failed.", 1); }

}  // namespace

std::vector<NativeHint> ec_hints() {
    return {
        {"from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\n"
         "from starkware.python.math_utils import random_ec_point\n"
         "from starkware.python.utils import to_bytes\n"
         "\n"
         "# Define a seed for random_ec_point that's dependent on all the input, so that:\n"
         "#   (1) The added point s is deterministic.\n"
         "#   (2) It's hard to choose inputs for which the builtin will fail.\n"
         "seed = b\"\".join(map(to_bytes, [ids.p.x, ids.p.y, ids.m, ids.q.x, ids.q.y]))\n"
         "ids.s.x, ids.s.y = random_ec_point(FIELD_PRIME, ALPHA, BETA, seed)",
         {"p.x", "p.y", "m", "q.x", "q.y", "s.x", "s.y"},
         ec_op_random_point},
        {"from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\n"
         "from starkware.python.math_utils import random_ec_point\n"
         "from starkware.python.utils import to_bytes\n"
         "\n"
         "n_elms = ids.len\n"
         "assert isinstance(n_elms, int) and n_elms >= 0, \\\n"
         "    f'Invalid value for len. Got: {n_elms}.'\n"
         "if '__chained_ec_op_max_len' in globals():\n"
         "    assert n_elms <= __chained_ec_op_max_len, \\\n"
         "        f'chained_ec_op() can only be used with len<={__chained_ec_op_max_len}. ' \\\n"
         "        f'Got: n_elms={n_elms}.'\n"
         "\n"
         "# Define a seed for random_ec_point that's dependent on all the input, so that:\n"
         "#   (1) The added point s is deterministic.\n"
         "#   (2) It's hard to choose inputs for which the builtin will fail.\n"
         "seed = b\"\".join(\n"
         "    map(\n"
         "        to_bytes,\n"
         "        [\n"
         "            ids.p.x,\n"
         "            ids.p.y,\n"
         "            *memory.get_range(ids.m, n_elms),\n"
         "            *memory.get_range(ids.q.address_, 2 * n_elms),\n"
         "        ],\n"
         "    )\n"
         ")\n"
         "ids.s.x, ids.s.y = random_ec_point(FIELD_PRIME, ALPHA, BETA, seed)",
         {"len", "p.x", "p.y", "m", "q", "s.x", "s.y"},
         chained_ec_op_random_point},
        {"from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\n"
         "from starkware.python.math_utils import recover_y\n"
         "ids.p.x = ids.x\n"
         "# This raises an exception if `x` is not on the curve.\n"
         "ids.p.y = recover_y(ids.x, ALPHA, BETA, FIELD_PRIME)",
         {"x", "p.x", "p.y"},
         recover_y},
        {"curr_m = ids.m\n"
         "for i in range(ids.M_MAX_BITS):\n"
         "    memory[ids.m_bit_unpacking + i] = curr_m % 2\n"
         "    curr_m = curr_m >> 1",
         {"m", "M_MAX_BITS", "m_bit_unpacking"},
         unpack_bits},
        {"assert False, \"ec_op failed.\"", {}, ec_op_failed},
    };
}

}  // namespace xcairo
