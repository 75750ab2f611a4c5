// Hash permutation micro-benchmarks: Poseidon (Hades) and Keccak-f[1600], as the poseidon and
// keccak builtins use them. Each feeds its output back in, so the figures are latencies; each
// first checks one known answer from cairo-lang (tests/unit/permutation_vectors.hpp).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "builtins/keccak.hpp"
#include "builtins/poseidon.hpp"

namespace {

using xcairo::Felt;

Felt sample_felt(uint64_t seed) {
    Felt x = Felt::from_u64(seed);
    for (int i = 0; i < 4; ++i) x = x * x + Felt::from_u64(0x9e3779b97f4a7c15ULL);
    return x;
}

/// Known answers: cairo-lang's poseidon_perm(0, 0, 0)[0] and poseidon_hash(1, 2).
constexpr const char* kPermZero =
    "3446325744004048536138401612021367625846492093718951375866996507163446763827";
constexpr const char* kHashOneTwo =
    "2636648219362971850283425434366427370362725365790740855428580782178634926362";

void poseidon_permutation(benchmark::State& state) {
    xcairo::PoseidonState zero{};
    xcairo::poseidon_permute(zero);
    if (zero[0].to_dec() != kPermZero) state.SkipWithError("wrong permutation of (0, 0, 0)");
    xcairo::PoseidonState s{sample_felt(1), sample_felt(2), sample_felt(3)};
    for (auto _ : state) {
        xcairo::poseidon_permute(s);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(poseidon_permutation)->Name("poseidon/permutation");

void poseidon_hash(benchmark::State& state) {
    if (xcairo::poseidon_hash(Felt::from_u64(1), Felt::from_u64(2)).to_dec() != kHashOneTwo)
        state.SkipWithError("wrong poseidon_hash(1, 2)");
    Felt x = sample_felt(4);
    const Felt y = sample_felt(5);
    for (auto _ : state) {
        x = xcairo::poseidon_hash(x, y);
        benchmark::DoNotOptimize(x);
    }
}
BENCHMARK(poseidon_hash)->Name("poseidon/hash");

void keccak_f1600(benchmark::State& state) {
    xcairo::KeccakState zero{};
    xcairo::keccak_f1600(zero);
    if (zero[0] != 0xf1258f7940e1dde7ULL) state.SkipWithError("wrong keccak-f[1600] of zero");
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
