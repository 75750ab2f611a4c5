// REQUIRES: python_hints
// FLAGS: --layout dynamic --cairo_layout_params_file {dir}/../mod_builtins/params/mod.json --print_output --print_info
// add_mod and mul_mod as cairo-lang's own runners (ModBuiltinRunner.fill_memory checks their
// class and calls their methods): their class, instance_def, segments and methods on this run's
// memory (read_inputs, read_memory_vars of an instance 5 + 9 = 3 mod 11).
%builtins output add_mod mul_mod
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    local sum;
    let (values: UInt384*) = alloc();
    assert values[0] = UInt384(5, 0, 0, 0);
    assert values[1] = UInt384(9, 0, 0, 0);
    assert values[2] = UInt384(3, 0, 0, 0);
    let (offsets: felt*) = alloc();
    assert offsets[0] = 0;
    assert offsets[1] = 4;
    assert offsets[2] = 8;
    assert add_mod_ptr[0] = ModBuiltin(
        p=UInt384(11, 0, 0, 0), values_ptr=values, offsets_ptr=offsets, n=1
    );
    %{
        from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import (
            AddModBuiltinRunner,
            ModBuiltinRunner,
        )

        for runner in (add_mod_builtin, mul_mod_builtin):
            print(type(runner).__name__, runner.name, runner.included, runner.base, runner.zero_value)
            print(runner.instance_def)
        print(builtin_runners["add_mod_builtin"] is add_mod_builtin)
        print(isinstance(add_mod_builtin, AddModBuiltinRunner), isinstance(mul_mod_builtin, AddModBuiltinRunner))
        print(add_mod_builtin.k_bound, mul_mod_builtin.k_bound == 2 ** 384, type(ap).__name__)
        inputs = add_mod_builtin.read_inputs(memory, ids.add_mod_ptr.address_)
        print(sorted(inputs.items()))
        memory_vars = add_mod_builtin.read_memory_vars(
            memory, inputs["values_ptr"], inputs["offsets_ptr"], 0
        )
        print(memory_vars["a"], memory_vars["b"], memory_vars["c"])
        ids.sum = memory_vars["c"]
    %}
    let add_mod_ptr = &add_mod_ptr[1];
    assert [output_ptr] = sum;
    let output_ptr = output_ptr + 1;
    return ();
}
