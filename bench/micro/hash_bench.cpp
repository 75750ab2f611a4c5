// Curve builtin micro-benchmarks: the Pedersen hash, ECDSA verification and ec_op's P + m*Q.
#include <benchmark/benchmark.h>

#include <array>

#include "builtins/ecdsa.hpp"
#include "builtins/pedersen.hpp"
#include "builtins/stark_curve.hpp"
#include "bench_inputs.hpp"

namespace {

using namespace xcairo;


void pedersen_hash(benchmark::State& state) {
    pedersen::warm_up();  // the one-off table build is not the hash
    const auto inputs = xcairo::bench::varied_felts<64>();
    if (pedersen::hash(Felt{}, Felt{}).to_hex() !=
        "0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804") {
        state.SkipWithError("pedersen_hash(0, 0) is wrong");
        return;
    }
    size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(pedersen::hash(inputs[i % 64], inputs[(i + 1) % 64]));
        ++i;
    }
}
BENCHMARK(pedersen_hash)->Name("pedersen/hash");

void ecdsa_verify(benchmark::State& state) {
    // A signature from cairo-lang's sign(1, 0x1234567890abcdef, seed=0); its key's first square
    // root is the wrong sign, so this is the slower path that tries both points.
    const Felt msg = Felt::from_u64(1);
    const Felt::Limbs r = {0x1f5ae0312fd90523ULL, 0x67652ffd3d994722ULL, 0xac5db66096ac3ff7ULL,
                           0x58dad421bfe4b1fULL};
    const Felt::Limbs s = {0xe6ff6241d3552574ULL, 0x91246ebc4a7683c4ULL, 0xeb1bfb511accf259ULL,
                           0x1d8d81ee4d95d9eULL};
    const Felt key =
        Felt::parse("0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26").value();
    if (ecdsa::verify(msg, r, s, key) != ecdsa::VerifyStatus::valid) {
        state.SkipWithError("the signature does not verify");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(ecdsa::verify(msg, r, s, key));
}
BENCHMARK(ecdsa_verify)->Name("ecdsa/verify")->Unit(benchmark::kMicrosecond);

void ec_op_mul(benchmark::State& state) {
    // P + m*Q with a 251-bit m: the 256 rounds the builtin always runs.
    const Felt m =
        Felt::parse("0x6f0b1c2d3e4f5a6b7c8d9eafb0c1d2e3f405162738495a6b7c8d9eafb0c1d2e").value();
    curve::AffinePoint out;
    if (curve::ec_op(curve::kShiftPoint, curve::kEcGen, m, out) != curve::CurveStatus::ok) {
        state.SkipWithError("ec_op failed");
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(curve::ec_op(curve::kShiftPoint, curve::kEcGen, m, out));
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(ec_op_mul)->Name("ec_op/mul")->Unit(benchmark::kMicrosecond);

}  // namespace

namespace {
void ecdsa_inverse(benchmark::State& state) {
    Felt::Limbs s = {0xe6ff6241d3552574ULL, 0x91246ebc4a7683c4ULL, 0xeb1bfb511accf259ULL,
                     0x1d8d81ee4d95d9eULL};
    for (auto _ : state) {
        s = xcairo::ecdsa::inverse_mod_order(s);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(ecdsa_inverse)->Name("ecdsa/inverse_mod_order");
}  // namespace
