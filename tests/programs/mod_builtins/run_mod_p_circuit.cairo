// modulo.cairo's run_mod_p_circuit: its hint fills the values the circuit leaves unknown:
// x = 3 + 4, y = x * x, z = y + 9 (mod 11), then prints y and z.
%builtins output add_mod mul_mod
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (values: UInt384*) = alloc();
    assert values[0] = UInt384(3, 0, 0, 0);
    assert values[1] = UInt384(4, 0, 0, 0);
    assert values[4] = UInt384(9, 0, 0, 0);
    let (add_offsets: felt*) = alloc();
    assert add_offsets[0] = 0;
    assert add_offsets[1] = 4;
    assert add_offsets[2] = 8;
    assert add_offsets[3] = 12;
    assert add_offsets[4] = 16;
    assert add_offsets[5] = 20;
    let (mul_offsets: felt*) = alloc();
    assert mul_offsets[0] = 8;
    assert mul_offsets[1] = 8;
    assert mul_offsets[2] = 12;
    run_mod_p_circuit(
        p=UInt384(11, 0, 0, 0),
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=2,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=1,
    );
    serialize_word(values[3].d0);
    serialize_word(values[5].d0);
    return ();
}
