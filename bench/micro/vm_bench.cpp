// Micro-benchmarks of the VM core: decoding and the step loop.
#include <benchmark/benchmark.h>

#include "../../tests/unit/bytecode.hpp"
#include "vm.hpp"

namespace xcairo {
namespace {

void decode_instruction_bench(benchmark::State& state) {
    const Felt add = Felt::from_u64(0x48307fff7ffe8000);  // [ap] = [ap - 2] + [ap - 1]; ap++
    for (auto _ : state) benchmark::DoNotOptimize(decode_instruction(add, std::nullopt));
}
BENCHMARK(decode_instruction_bench)->Name("vm/decode/add_ap");

// A Fibonacci loop of three assert_eq and one conditional jump per iteration.
void fib_steps_bench(benchmark::State& state) {
    test::Asm a;
    a.assert_imm(0, 1).assert_imm(0, 1).assert_imm(0, 1 << 30);
    Instruction next, count;
    next.off0 = 0; next.off1 = -3; next.off2 = -2; next.op1_src = Op1Src::kAp; next.res = ResLogic::kAdd;
    next.opcode = Opcode::kAssertEq; next.ap_update = ApUpdate::kAdd1;
    a.emit(next);
    next.off1 = -3; next.off2 = -2;
    a.emit(next);
    count.off0 = 0; count.off1 = -3; count.off2 = 1; count.op1_src = Op1Src::kImm; count.imm = Felt::from_i64(-1);
    count.size = 2; count.res = ResLogic::kAdd; count.opcode = Opcode::kAssertEq; count.ap_update = ApUpdate::kAdd1;
    a.emit(count).jmp_rel(-4, int16_t{-1});
    const uint64_t steps = static_cast<uint64_t>(state.range(0));
    for (auto _ : state) {
        Memory memory;
        const Relocatable code = memory.add_segment();
        const Relocatable exec = memory.add_segment();
        for (size_t i = 0; i < a.code.size(); ++i) memory.insert(code + i, a.code[i]);
        // A frame like main's: [fp - 2], [fp - 1] hold the return fp and pc.
        memory.insert(exec, Felt());
        memory.insert(exec + 1, Felt());
        Vm vm(memory, code, a.code.size(), Registers{code, exec + 2, exec + 2}, {-1, 0},
              state.range(1) != 0);
        if (vm.run({INT64_MIN, 0}, steps, false) != StopReason::kStepLimit) {
            state.SkipWithError(vm.error().message.c_str());
            break;
        }
    }
    state.counters["steps/s"] = benchmark::Counter(static_cast<double>(steps) * state.iterations(),
                                                   benchmark::Counter::kIsRate);
}
BENCHMARK(fib_steps_bench)->Name("vm/step/fib_loop")->Args({1 << 20, 1})->Args({1 << 20, 0})
    ->ArgNames({"steps", "trace"})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace xcairo
