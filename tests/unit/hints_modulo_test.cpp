// modulo.cairo's run_mod_p_circuit hint: the builtins it needs. Its fills are checked by the
// corpus (mod_builtins/run_mod_p_circuit) and the mod builtin tests.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kRunModPCircuit =
    R"(from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import ModBuiltinRunner
assert builtin_runners["add_mod_builtin"].instance_def.batch_size == 1
assert builtin_runners["mul_mod_builtin"].instance_def.batch_size == 1

ModBuiltinRunner.fill_memory(
    memory=memory,
    add_mod=(ids.add_mod_ptr.address_, builtin_runners["add_mod_builtin"], ids.add_mod_n),
    mul_mod=(ids.mul_mod_ptr.address_, builtin_runners["mul_mod_builtin"], ids.mul_mod_n),
))";

using HintsModulo = HintFixture;

TEST_F(HintsModulo, NeedsTheAddModBuiltin) {
    hint(kRunModPCircuit);
    put(cell("add_mod_ptr", "felt*"), memory().add_segment());
    put(cell("add_mod_n"), 1);
    put(cell("mul_mod_ptr", "felt*"), memory().add_segment());
    put(cell("mul_mod_n"), 1);
    EXPECT_EQ(run_error(), "KeyError: 'add_mod_builtin'");
}

}  // namespace
}  // namespace xcairo::testing
