#pragma once
// Inputs shared by the micro-benchmarks.
#include <array>
#include <cstddef>

#include "vmcore/felt.hpp"

namespace xcairo::bench {

/// N unrelated felts (a squaring chain), so benchmarks hit no special case and varied table entries.
template <size_t N>
std::array<Felt, N> varied_felts() {
    std::array<Felt, N> out;
    Felt x = Felt::parse("0x3a4f1c8e9b2d7f6051e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f")
                 .value_or(Felt::from_u64(3));
    for (auto& v : out) {
        v = x;
        x = x * x + Felt::from_u64(7);
    }
    return out;
}

}  // namespace xcairo::bench
