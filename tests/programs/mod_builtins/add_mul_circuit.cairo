// A small circuit on both builtins sharing one values table: x = 3 + 4, y = x * x (mod 11),
// with output.
%builtins output add_mod mul_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local values: (UInt384, UInt384, UInt384, UInt384) = (
        UInt384(3, 0, 0, 0), UInt384(4, 0, 0, 0), UInt384(7, 0, 0, 0), UInt384(5, 0, 0, 0)
    );
    local add_offsets: (felt, felt, felt) = (0, 4, 8);
    local mul_offsets: (felt, felt, felt) = (8, 8, 12);
    let p = UInt384(11, 0, 0, 0);
    assert add_mod_ptr[0] = ModBuiltin(p=p, values_ptr=cast(&values, UInt384*), offsets_ptr=&add_offsets, n=1);
    assert mul_mod_ptr[0] = ModBuiltin(p=p, values_ptr=cast(&values, UInt384*), offsets_ptr=&mul_offsets, n=1);
    let add_mod_ptr = add_mod_ptr + ModBuiltin.SIZE;
    let mul_mod_ptr = mul_mod_ptr + ModBuiltin.SIZE;
    assert [output_ptr] = values[3].d0;
    let output_ptr = output_ptr + 1;
    return ();
}
