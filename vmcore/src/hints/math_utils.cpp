#include "hints/math_utils.hpp"

#include "value_ops.hpp"

namespace xcairo {
namespace {

constexpr const char* kMathUtils = "starkware/cairo/common/math_utils.py";

HintFrame assert_integer_frame() {
    return {kMathUtils, 5, "assert_integer",
            "assert isinstance(val, int), f\"Expected integer, found: {val}.\""};
}

}  // namespace

void hint_assert_failed(std::string message, int64_t line, std::vector<HintFrame> frames) {
    throw HintError("AssertionError", std::move(message), line, std::move(frames));
}

Felt assert_integer(const HintCall& h, size_t id, int64_t line) {
    const MaybeRelocatable v = h.value(id, line);
    if (v.is_relocatable())
        hint_assert_failed("Expected integer, found: " + value_text(v) + ".", line,
                           {assert_integer_frame()});
    return v.felt();
}

SignedInt as_int(const Felt& value) {
    const big::U256 v = big::of(value);
    if (big::less(v, big::shr(big::kPrime, 1))) return SignedInt{false, v};
    return SignedInt{true, big::sub(big::kPrime, v)};
}

SignedInt as_int(const HintCall& h, size_t id, int64_t line) {
    const MaybeRelocatable v = h.value(id, line);
    if (v.is_relocatable())
        hint_assert_failed("Expected integer, found: " + value_text(v) + ".", line,
                           {{kMathUtils, 13, "as_int", "assert_integer(val)"}, assert_integer_frame()});
    return as_int(v.felt());
}

big::U256 range_check_bound(const HintCall& h, int64_t line) {
    h.require_range_check(line);
    return big::pow2(128);
}

void set_ap_bool(HintCall& h, bool value) { h.ctx.set(h.ctx.ap(), Felt::from_u64(value ? 1 : 0)); }

}  // namespace xcairo
