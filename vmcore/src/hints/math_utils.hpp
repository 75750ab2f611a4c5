#pragma once
// starkware/cairo/common/math_utils.py as the math hints call it, with its failure frames.
#include "hints/big_int.hpp"
#include "hints/native_hint.hpp"

namespace xcairo {

/// A Python int of magnitude below 2^256.
struct SignedInt {
    bool negative = false;
    big::U256 magnitude{};
    std::string dec() const { return (negative ? "-" : "") + big::dec(magnitude); }
};

/// assert_integer(ids[id]) on hint line `line`: the value, or AssertionError "Expected integer".
Felt assert_integer(const HintCall& h, size_t id, int64_t line);
/// as_int(ids[id], PRIME): the lift into (-P/2, P/2).
SignedInt as_int(const HintCall& h, size_t id, int64_t line);
/// as_int of a felt known to be an integer.
SignedInt as_int(const Felt& value);
/// range_check_builtin.bound (NameError without the builtin).
big::U256 range_check_bound(const HintCall& h, int64_t line);
/// memory[ap] = value (1 or 0).
void set_ap_bool(HintCall& h, bool value);
/// A Python AssertionError with its message (empty for a bare assert).
[[noreturn]] void hint_assert_failed(std::string message, int64_t line,
                                     std::vector<HintFrame> frames = {});

}  // namespace xcairo
