// math_cmp.cairo (is_nn, is_le_felt) and pow.cairo.
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

// memory[ap] = 0 if 0 <= (ids.a % PRIME) < range_check_builtin.bound else 1
void is_nn(HintCall& h) {
    const Felt a = h.felt(0, 1);
    set_ap_bool(h, !big::less(big::of(a), range_check_bound(h, 1)));
}

// memory[ap] = 0 if 0 <= ((-ids.a - 1) % PRIME) < range_check_builtin.bound else 1
void is_nn_out_of_range(HintCall& h) {
    const Felt a = h.felt(0, 1);
    set_ap_bool(h, !big::less(big::of(-a - Felt::from_u64(1)), range_check_bound(h, 1)));
}

// memory[ap] = 0 if (ids.a % PRIME) <= (ids.b % PRIME) else 1
void is_le_felt(HintCall& h) {
    const Felt a = h.felt(0, 1);
    const Felt b = h.felt(1, 1);
    set_ap_bool(h, a.compare(b) > 0);
}

// ids.locs.bit = (ids.prev_locs.exp % PRIME) & 1
void pow_bit(HintCall& h) {
    const Felt exp = h.felt(0, 1);
    h.set(1, Felt::from_u64(big::of(exp).limb[0] & 1), 1);
}

// assert ids.base != 0, "Cannot raise 0 to a negative power."
void pow_base_not_zero(HintCall& h) {
    if (h.value(0, 1) == MaybeRelocatable(Felt()))
        hint_assert_failed("Cannot raise 0 to a negative power.", 1);
}

}  // namespace

std::vector<NativeHint> math_cmp_hints() {
    return {
        {"memory[ap] = 0 if 0 <= (ids.a % PRIME) < range_check_builtin.bound else 1", {"a"}, is_nn},
        {"memory[ap] = 0 if 0 <= ((-ids.a - 1) % PRIME) < range_check_builtin.bound else 1", {"a"},
         is_nn_out_of_range},
        {"memory[ap] = 0 if (ids.a % PRIME) <= (ids.b % PRIME) else 1", {"a", "b"}, is_le_felt},
        {"ids.locs.bit = (ids.prev_locs.exp % PRIME) & 1", {"prev_locs.exp", "locs.bit"}, pow_bit},
        {"assert ids.base != 0, \"Cannot raise 0 to a negative power.\"", {"base"},
         pow_base_not_zero},
    };
}

}  // namespace xcairo
