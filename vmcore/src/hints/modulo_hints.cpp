// modulo.cairo: run_mod_p_circuit hands the add_mod and mul_mod instances to the builtins' own
// fill_memory (fill_mod_builtin_memory).
#include "builtins/mod_builtin.hpp"
#include "hints/math_utils.hpp"

namespace xcairo {
namespace {

/// builtin_runners["<name>_builtin"] with instance_def.batch_size == 1 asserted on `line`.
const ModBuiltinRunner& batch_one_runner(HintCall& h, const std::string& name, int64_t line) {
    const auto* runner = dynamic_cast<const ModBuiltinRunner*>(h.ctx.builtin_runner(name));
    if (runner == nullptr) throw HintError("KeyError", "'" + name + "_builtin'", line);
    if (runner->batch_size() != 1) hint_assert_failed("", line);
    return *runner;
}

void run_mod_p_circuit(HintCall& h) {
    const ModBuiltinRunner& add_mod = batch_one_runner(h, "add_mod", 2);
    const ModBuiltinRunner& mul_mod = batch_one_runner(h, "mul_mod", 3);
    Memory* memory = h.ctx.memory();
    if (memory == nullptr)
        throw HintError("NotImplementedError",
                        "xcairo: run_mod_p_circuit without the run's memory.", 5);
    const ModFill add{h.ptr(0, 7), &add_mod, h.felt(1, 7)};
    const ModFill mul{h.ptr(2, 8), &mul_mod, h.felt(3, 8)};
    // fill_memory's failures keep cairo-run's class and message, and its frames inside
    // mod_builtin_runner.py where fill_mod_builtin_memory knows them.
    try {
        fill_mod_builtin_memory(*memory, add, mul);
    } catch (const ModFillFailure& e) {
        throw HintError(e.python_type(), e.what(), 5, e.frames);
    } catch (const UncaughtError& e) {
        throw HintError(e.python_type(), e.what(), 5);
    } catch (const AssertionFailure& e) {
        throw HintError("AssertionError", e.what(), 5);
    } catch (const Error& e) {
        throw HintError("NotImplementedError", e.what(), 5);  // xcairo's own limits
    }
}

}  // namespace

std::vector<NativeHint> modulo_hints() {
    return {
        {R"(from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import ModBuiltinRunner
assert builtin_runners["add_mod_builtin"].instance_def.batch_size == 1
assert builtin_runners["mul_mod_builtin"].instance_def.batch_size == 1

ModBuiltinRunner.fill_memory(
    memory=memory,
    add_mod=(ids.add_mod_ptr.address_, builtin_runners["add_mod_builtin"], ids.add_mod_n),
    mul_mod=(ids.mul_mod_ptr.address_, builtin_runners["mul_mod_builtin"], ids.mul_mod_n),
))",
         {"add_mod_ptr", "add_mod_n", "mul_mod_ptr", "mul_mod_n"}, run_mod_p_circuit},
    };
}

}  // namespace xcairo
