// run_mod_p_circuit modulo 0: the hint passes; the secure run's check of the add_mod instance
// divides by 0.
%builtins output add_mod mul_mod
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (values: UInt384*) = alloc();
    assert values[0] = UInt384(3, 0, 0, 0);
    assert values[1] = UInt384(4, 0, 0, 0);
    let (add_offsets: felt*) = alloc();
    assert add_offsets[0] = 0;
    assert add_offsets[1] = 4;
    assert add_offsets[2] = 8;
    let (mul_offsets: felt*) = alloc();
    run_mod_p_circuit(
        p=UInt384(0, 0, 0, 0),
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=1,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=0,
    );
    return ();
}
