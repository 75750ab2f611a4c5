#pragma once
// Shared by the mod builtins' checks and fill: memory reads with cairo-lang's errors, the words of
// 384-bit values, and addresses values_ptr + offset whose offset may be any felt.
#include <array>
#include <optional>
#include <string>

#include "../value_ops.hpp"
#include "mod_builtin.hpp"

namespace xcairo::mod_values {

// The cells of an instance after p0..p3.
inline constexpr uint32_t kValuesPtr = 4;
inline constexpr uint32_t kOffsetsPtr = 5;
inline constexpr uint32_t kN = 6;

inline constexpr const char* kUnknownMemoryError =
    "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError";

/// memory[addr]: UnknownMemoryError when the cell is unknown.
inline MaybeRelocatable get(const Memory& memory, const Relocatable& addr) {
    const std::optional<MaybeRelocatable> value = memory.get(addr);
    if (!value) {
        throw UncaughtError(kUnknownMemoryError,
                            "Unknown value for memory cell at address " + value_text(addr) + ".");
    }
    return *value;
}

/// The words (each below 2^96) of a value below 2^384, and back. Word i starts at bit 96 * i: at
/// bit 0 or 32 of a limb.
inline U384 from_words(const std::array<Felt, ModBuiltinRunner::kNWords>& words) noexcept {
    U384 value;
    for (size_t i = 0; i < words.size(); ++i) {
        const Felt::Limbs w = words[i].canonical();  // w[1] < 2^32
        const size_t limb = 96 * i / 64;
        if (96 * i % 64 == 0) {
            value.limb[limb] |= w[0];
            value.limb[limb + 1] |= w[1];
        } else {
            value.limb[limb] |= w[0] << 32;
            value.limb[limb + 1] |= w[0] >> 32 | w[1] << 32;
        }
    }
    return value;
}

inline std::array<Felt, ModBuiltinRunner::kNWords> to_words(const U384& value) noexcept {
    std::array<Felt, ModBuiltinRunner::kNWords> words;
    for (size_t i = 0; i < words.size(); ++i) {
        const size_t limb = 96 * i / 64;
        const uint64_t lo = value.limb[limb];
        const uint64_t hi = value.limb[limb + 1];
        const Felt::Limbs w = 96 * i % 64 == 0 ? Felt::Limbs{lo, hi & 0xffffffffULL, 0, 0}
                                               : Felt::Limbs{lo >> 32 | hi << 32, hi >> 32, 0, 0};
        words[i] = *Felt::from_canonical(w);
    }
    return words;
}

/// A felt as a plain integer.
inline U384 from_felt(const Felt& f) noexcept {
    const Felt::Limbs l = f.canonical();
    U384 v;
    for (size_t i = 0; i < l.size(); ++i) v.limb[i] = l[i];
    return v;
}

/// base + offset + k, Python's RelocatableValue + int; nullopt beyond 2^62 (no such cell exists).
inline std::optional<Relocatable> shifted(const Relocatable& base, const Felt& offset, uint64_t k) {
    const std::optional<uint64_t> small = offset.to_u64();
    if (!small || *small >= (uint64_t{1} << 62)) return std::nullopt;
    return base + (*small + k);
}
/// Its text, however large the offset.
inline std::string shifted_text(const Relocatable& base, const Felt& offset, uint64_t k) {
    U384 sum = from_felt(offset);
    sum.add(U384::from_u64(base.offset));
    sum.add(U384::from_u64(k));
    return std::to_string(base.segment) + ":" + sum.to_dec();
}

}  // namespace xcairo::mod_values
