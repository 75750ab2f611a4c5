#pragma once
// Keccak-f[1600] and the keccak builtin's view of it: 8 input felts of 200 bits each, packed
// little-endian into the 1600-bit state, permuted, and cut back into 8 output felts of 200 bits.
#include <array>
#include <cstddef>
#include <cstdint>

#include "vmcore/felt.hpp"

namespace xcairo {

/// 25 lanes of 64 bits; lane x + 5y holds A[x][y] (cairo-lang's keccak_func order).
using KeccakState = std::array<uint64_t, 25>;

/// Felts per keccak builtin instance on each side (input and output), and bits per felt.
inline constexpr std::size_t kKeccakFelts = 8;
inline constexpr unsigned kKeccakFeltBits = 200;
using KeccakFelts = std::array<Felt, kKeccakFelts>;

/// Applies the 24-round Keccak-f[1600] permutation in place.
void keccak_f1600(KeccakState& state) noexcept;

/// Packs the builtin's inputs: felt i fills state bits [200i, 200i + 200).
/// Returns the index of the first input >= 2^200 (the builtin's range error), or -1.
int keccak_pack(const KeccakFelts& inputs, KeccakState& state) noexcept;

/// Cuts the state into the builtin's outputs: felt i = state bits [200i, 200i + 200).
void keccak_unpack(const KeccakState& state, KeccakFelts& outputs) noexcept;

/// The whole builtin: pack, permute, unpack. Returns keccak_pack's error index (outputs then
/// untouched), or -1 on success.
int keccak_builtin(const KeccakFelts& inputs, KeccakFelts& outputs) noexcept;

}  // namespace xcairo
