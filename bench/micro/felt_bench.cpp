// Felt micro-benchmarks: the field operations the step loop and the loader lean on.
#include <benchmark/benchmark.h>

#include <array>
#include <string>

#include "vmcore/felt.hpp"

namespace {

using xcairo::Felt;

/// Eight unrelated values, so the benchmarks do not hit special cases.
std::array<Felt, 8> sample() {
    std::array<Felt, 8> out;
    Felt x = Felt::parse("0x3a4f1c8e9b2d7f6051e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f")
                 .value_or(Felt::from_u64(3));
    for (auto& v : out) {
        v = x;
        x = x * x + Felt::from_u64(7);
    }
    return out;
}

void felt_mul(benchmark::State& state) {
    const auto v = sample();
    Felt acc = v[0];
    for (auto _ : state) {
        acc = acc * v[1];  // a dependent chain: measures latency
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_mul)->Name("felt/mul");

void felt_add(benchmark::State& state) {
    const auto v = sample();
    Felt acc = v[0];
    for (auto _ : state) {
        acc = acc + v[1];
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_add)->Name("felt/add");

void felt_sub(benchmark::State& state) {
    const auto v = sample();
    Felt acc = v[0];
    for (auto _ : state) {
        acc = acc - v[1];
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_sub)->Name("felt/sub");

void felt_inverse(benchmark::State& state) {
    const auto v = sample();
    Felt acc = v[2];
    for (auto _ : state) {
        acc = acc.inverse() + v[3];  // keeps the chain away from zero
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_inverse)->Name("felt/inverse");

void felt_sqrt(benchmark::State& state) {
    const auto v = sample();
    size_t i = 0;
    for (auto _ : state) {
        const Felt square = v[i++ % v.size()] * v[4];
        benchmark::DoNotOptimize(square.sqrt());
    }
}
BENCHMARK(felt_sqrt)->Name("felt/sqrt");

void felt_to_dec(benchmark::State& state) {
    const auto v = sample();
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(v[i++ % v.size()].to_dec());
}
BENCHMARK(felt_to_dec)->Name("felt/to_dec");

void felt_parse(benchmark::State& state) {
    std::array<std::string, 8> texts;
    const auto v = sample();
    for (size_t i = 0; i < texts.size(); ++i) texts[i] = v[i].to_dec();
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(Felt::parse(texts[i++ % texts.size()]));
}
BENCHMARK(felt_parse)->Name("felt/parse");

void felt_parse_hex(benchmark::State& state) {
    std::array<std::string, 8> texts;
    const auto v = sample();
    for (size_t i = 0; i < texts.size(); ++i) texts[i] = v[i].to_hex();
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(Felt::parse(texts[i++ % texts.size()]));
}
BENCHMARK(felt_parse_hex)->Name("felt/parse_hex");

}  // namespace
