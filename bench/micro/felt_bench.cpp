// Felt micro-benchmarks: the field operations the step loop and the loader lean on.
#include <benchmark/benchmark.h>

#include <array>
#include <string>

#include "vmcore/felt.hpp"
#include "bench_inputs.hpp"

namespace {

using xcairo::Felt;

void felt_mul(benchmark::State& state) {
    const auto v = xcairo::bench::varied_felts<8>();
    Felt acc = v[0];
    for (auto _ : state) {
        acc = acc * v[1];  // a dependent chain: measures latency
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_mul)->Name("felt/mul");

void felt_add(benchmark::State& state) {
    const auto v = xcairo::bench::varied_felts<8>();
    Felt acc = v[0];
    for (auto _ : state) {
        acc = acc + v[1];
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_add)->Name("felt/add");

void felt_sub(benchmark::State& state) {
    const auto v = xcairo::bench::varied_felts<8>();
    Felt acc = v[0];
    for (auto _ : state) {
        acc = acc - v[1];
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_sub)->Name("felt/sub");

void felt_inverse(benchmark::State& state) {
    const auto v = xcairo::bench::varied_felts<8>();
    Felt acc = v[2];
    for (auto _ : state) {
        acc = acc.inverse() + v[3];  // keeps the chain away from zero
        benchmark::DoNotOptimize(acc);
    }
}
BENCHMARK(felt_inverse)->Name("felt/inverse");

void felt_sqrt(benchmark::State& state) {
    const auto v = xcairo::bench::varied_felts<8>();
    size_t i = 0;
    for (auto _ : state) {
        const Felt square = v[i++ % v.size()] * v[4];
        benchmark::DoNotOptimize(square.sqrt());
    }
}
BENCHMARK(felt_sqrt)->Name("felt/sqrt");

void felt_to_dec(benchmark::State& state) {
    const auto v = xcairo::bench::varied_felts<8>();
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(v[i++ % v.size()].to_dec());
}
BENCHMARK(felt_to_dec)->Name("felt/to_dec");

void felt_parse(benchmark::State& state) {
    std::array<std::string, 8> texts;
    const auto v = xcairo::bench::varied_felts<8>();
    for (size_t i = 0; i < texts.size(); ++i) texts[i] = v[i].to_dec();
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(Felt::parse(texts[i++ % texts.size()]));
}
BENCHMARK(felt_parse)->Name("felt/parse");

void felt_parse_hex(benchmark::State& state) {
    std::array<std::string, 8> texts;
    const auto v = xcairo::bench::varied_felts<8>();
    for (size_t i = 0; i < texts.size(); ++i) texts[i] = v[i].to_hex();
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(Felt::parse(texts[i++ % texts.size()]));
}
BENCHMARK(felt_parse_hex)->Name("felt/parse_hex");

}  // namespace
