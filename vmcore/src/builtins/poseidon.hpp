#pragma once
// The Poseidon (Hades) permutation of cairo-lang's default instance (width 3, 8 full rounds,
// 83 partial rounds, MDS [[3,1,1],[1,-1,1],[1,1,-2]]) and the hashes cairo-lang builds on it.
#include <array>
#include <span>

#include "vmcore/felt.hpp"

namespace xcairo {

/// The permutation's state: three field elements (the poseidon builtin's 3 inputs / 3 outputs).
using PoseidonState = std::array<Felt, 3>;

/// Applies the Hades permutation in place (cairo-lang's poseidon_perm).
void poseidon_permute(PoseidonState& state) noexcept;

/// cairo-lang's poseidon_hash: permutation of (x, y, 2), first element.
Felt poseidon_hash(const Felt& x, const Felt& y) noexcept;

/// cairo-lang's poseidon_hash_single: permutation of (x, 0, 1), first element.
Felt poseidon_hash_single(const Felt& x) noexcept;

/// cairo-lang's poseidon_hash_many: a sponge of rate 2 over the values padded with 1, then 0s.
Felt poseidon_hash_many(std::span<const Felt> values) noexcept;

}  // namespace xcairo
