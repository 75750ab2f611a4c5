// run_mod_p_circuit with a mul gate whose two operands are unknown: fill_memory's "Could not fill
// the values table".
%builtins output add_mod mul_mod
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (values: UInt384*) = alloc();
    assert values[2] = UInt384(5, 0, 0, 0);
    let (add_offsets: felt*) = alloc();
    let (mul_offsets: felt*) = alloc();
    assert mul_offsets[0] = 0;
    assert mul_offsets[1] = 4;
    assert mul_offsets[2] = 8;
    run_mod_p_circuit(
        p=UInt384(11, 0, 0, 0),
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=0,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=1,
    );
    return ();
}
