// run_mod_p_circuit with a mul gate whose known operand has no inverse (6 modulo 9): fill_memory
// sets n to that gate's index (1) where run_mod_p_circuit wrote n = 2: InconsistentMemoryError.
%builtins output add_mod mul_mod
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (values: UInt384*) = alloc();
    assert values[0] = UInt384(2, 0, 0, 0);
    assert values[1] = UInt384(4, 0, 0, 0);
    assert values[2] = UInt384(6, 0, 0, 0);
    assert values[4] = UInt384(1, 0, 0, 0);
    let (add_offsets: felt*) = alloc();
    let (mul_offsets: felt*) = alloc();
    // values[3] = values[0] * values[1]; values[4] = values[2] * values[5] (6 x = 1: no x).
    assert mul_offsets[0] = 0;
    assert mul_offsets[1] = 4;
    assert mul_offsets[2] = 12;
    assert mul_offsets[3] = 8;
    assert mul_offsets[4] = 20;
    assert mul_offsets[5] = 16;
    let mul_start = mul_mod_ptr;
    run_mod_p_circuit(
        p=UInt384(9, 0, 0, 0),
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=0,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=2,
    );
    serialize_word(values[3].d0);
    serialize_word(mul_start.n);
    serialize_word(values[5].d0);
    return ();
}
