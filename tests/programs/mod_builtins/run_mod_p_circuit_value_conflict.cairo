// run_mod_p_circuit where the sum's second word is already known and wrong: 3 + 4 = 7 (mod 11)
// writes the words of 7 and the second one is an InconsistentMemoryError (write_n_words_value).
%builtins output add_mod mul_mod
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (values: UInt384*) = alloc();
    assert values[0] = UInt384(3, 0, 0, 0);
    assert values[1] = UInt384(4, 0, 0, 0);
    assert values[2].d1 = 5;
    let (add_offsets: felt*) = alloc();
    assert add_offsets[0] = 0;
    assert add_offsets[1] = 4;
    assert add_offsets[2] = 8;
    run_mod_p_circuit(
        p=UInt384(11, 0, 0, 0),
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=1,
        mul_mod_offsets_ptr=add_offsets,
        mul_mod_n=0,
    );
    return ();
}
