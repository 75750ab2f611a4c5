// ec.cairo (the Stark curve) and cairo_ec_op/ec_op.cairo: recover_y, the scalar's bit unpacking
// and the failure of the simulated ec_op.
#include "builtins/stark_curve.hpp"
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

// ids.p.x = ids.x; ids.p.y = recover_y(ids.x, ALPHA, BETA, FIELD_PRIME)
void recover_y(HintCall& h) {
    h.set(1, h.value(0, 3), 3);
    const Felt x = h.felt(0, 5);
    const Felt y_squared = x * x * x + curve::kAlpha * x + curve::kBeta;
    const std::optional<Felt> y = y_squared.sqrt();
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
