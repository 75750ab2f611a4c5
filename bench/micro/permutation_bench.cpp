// Hash permutation micro-benchmarks: Poseidon (Hades) and Keccak-f[1600], as the poseidon and
// keccak builtins use them. Each feeds its output back in, so the figures are latencies.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "builtins/keccak.hpp"
#include "builtins/poseidon.hpp"

namespace {

using xcairo::Felt;

Felt sample_felt(uint64_t seed) {
    Felt x = Felt::from_u64(seed);
    for (int i = 0; i < 4; ++i) x = x * x + Felt::from_u64(0x9e3779b97f4a7c15ULL);
    return x;
}

void poseidon_permutation(benchmark::State& state) {
    xcairo::PoseidonState s{sample_felt(1), sample_felt(2), sample_felt(3)};
    for (auto _ : state) {
        xcairo::poseidon_permute(s);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(poseidon_permutation)->Name("poseidon/permutation");

void poseidon_hash(benchmark::State& state) {
    Felt x = sample_felt(4);
    const Felt y = sample_felt(5);
    for (auto _ : state) {
        x = xcairo::poseidon_hash(x, y);
        benchmark::DoNotOptimize(x);
    }
}
BENCHMARK(poseidon_hash)->Name("poseidon/hash");

void keccak_f1600(benchmark::State& state) {
    xcairo::KeccakState s{};
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = 0x9e3779b97f4a7c15ULL * (i + 1);
    for (auto _ : state) {
        xcairo::keccak_f1600(s);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(keccak_f1600)->Name("keccak/f1600");

void keccak_builtin(benchmark::State& state) {
    xcairo::KeccakFelts in;
    for (std::size_t i = 0; i < in.size(); ++i) in[i] = Felt::from_u64(0x9e3779b97f4a7c15ULL * i);
    xcairo::KeccakFelts out;
    for (auto _ : state) {
        benchmark::DoNotOptimize(xcairo::keccak_builtin(in, out));
        in = out;  // outputs are 200-bit values: valid inputs
        benchmark::ClobberMemory();
    }
}
BENCHMARK(keccak_builtin)->Name("keccak/builtin");

}  // namespace
