#pragma once
// The Pedersen hash of the pedersen builtin: cairo-lang's pedersen_hash(x, y) (the
// fast_pedersen_hash form: shift + x_low*P0 + x_high*P1 + y_low*P2 + y_high*P3, with the low 248
// bits and the high 4 bits of each input), computed from precomputed window tables.
#include "vmcore/felt.hpp"

namespace xcairo::pedersen {

/// The x coordinate of the hash point. Builds the tables (1.6 MiB, a few ms) on first use;
/// thread-safe, allocation-free afterwards.
Felt hash(const Felt& x, const Felt& y) noexcept;

/// Builds the tables now (otherwise the first hash does).
void warm_up() noexcept;

}  // namespace xcairo::pedersen
