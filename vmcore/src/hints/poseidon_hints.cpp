// builtin_poseidon/poseidon.cairo: poseidon_hash_many's loop tests on the elements left.
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

/// ids.elements_end - ids.elements >= n, with Python's semantics for the two kinds of values.
bool elements_left_at_least(HintCall& h, uint64_t n) {
    const MaybeRelocatable end = h.value(0, 1);
    const MaybeRelocatable start = h.value(1, 1);
    if (end.is_relocatable() && start.is_relocatable()) {
        const Relocatable e = end.relocatable();
        const Relocatable s = start.relocatable();
        if (e.segment != s.segment) {
            hint_assert_failed("Can only subtract two relocatable values of the same segment (" +
                                   std::to_string(e.segment) + " != " +
                                   std::to_string(s.segment) + ").",
                               1,
                               {{"starkware/cairo/lang/vm/relocatable.py", 37, "__sub__",
                                 "assert self.segment_index == other.segment_index, ("}});
        }
        return static_cast<int64_t>(e.offset - s.offset) >= static_cast<int64_t>(n);
    }
    if (end.is_felt() && start.is_felt())
        return !big::less(big::of(end.felt()), big::add(big::of(start.felt()), big::from_u64(n)));
    throw HintError("TypeError",
                    end.is_relocatable()
                        ? "'>=' not supported between instances of 'RelocatableValue' and 'int'"
                        : "unsupported operand type(s) for -: 'int' and 'RelocatableValue'",
                    1);
}

void at_least_10_left(HintCall& h) { set_ap_bool(h, elements_left_at_least(h, 10)); }
void at_least_2_left(HintCall& h) { set_ap_bool(h, elements_left_at_least(h, 2)); }

}  // namespace

std::vector<NativeHint> poseidon_hints() {
    return {
        {"memory[ap] = to_felt_or_relocatable(ids.elements_end - ids.elements >= 10)",
         {"elements_end", "elements"}, at_least_10_left},
        {"memory[ap] = to_felt_or_relocatable(ids.elements_end - ids.elements >= 2)",
         {"elements_end", "elements"}, at_least_2_left},
    };
}

}  // namespace xcairo
