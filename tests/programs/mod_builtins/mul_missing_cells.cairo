// An instance without n: the final check lists the missing input cell.
%builtins mul_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func main{mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local values: (UInt384, UInt384, UInt384) = (
        UInt384(3, 0, 0, 0), UInt384(5, 0, 0, 0), UInt384(1, 0, 0, 0)
    );
    local offsets: (felt, felt, felt) = (0, 4, 8);
    assert mul_mod_ptr.p = UInt384(7, 0, 0, 0);
    assert mul_mod_ptr.values_ptr = cast(&values, UInt384*);
    assert mul_mod_ptr.offsets_ptr = cast(&offsets, felt*);
    let mul_mod_ptr = mul_mod_ptr + ModBuiltin.SIZE;
    return ();
}
