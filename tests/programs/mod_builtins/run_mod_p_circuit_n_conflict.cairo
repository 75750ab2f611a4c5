// run_mod_p_circuit over two mul_mod gates where the second mul_mod instance already holds another
// n: fill_inputs' write of n is an InconsistentMemoryError.
%builtins output add_mod mul_mod
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (values: UInt384*) = alloc();
    assert values[0] = UInt384(3, 0, 0, 0);
    assert values[1] = UInt384(4, 0, 0, 0);
    let (mul_offsets: felt*) = alloc();
    assert mul_offsets[0] = 0;
    assert mul_offsets[1] = 4;
    assert mul_offsets[2] = 8;
    assert mul_offsets[3] = 8;
    assert mul_offsets[4] = 8;
    assert mul_offsets[5] = 12;
    assert mul_mod_ptr[1].n = 7;
    run_mod_p_circuit(
        p=UInt384(11, 0, 0, 0),
        values_ptr=values,
        add_mod_offsets_ptr=mul_offsets,
        add_mod_n=0,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=2,
    );
    return ();
}
