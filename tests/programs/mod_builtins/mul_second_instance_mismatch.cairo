// Two mul_mod instances whose second does not continue the first (its offsets_ptr is not
// offsets_ptr + 3): a bare assert of the final check.
%builtins mul_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func main{mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local values: (UInt384, UInt384, UInt384) = (
        UInt384(3, 0, 0, 0), UInt384(5, 0, 0, 0), UInt384(1, 0, 0, 0)
    );
    local offsets: (felt, felt, felt, felt, felt, felt) = (0, 4, 8, 0, 4, 8);
    let p = UInt384(7, 0, 0, 0);
    assert mul_mod_ptr[0] = ModBuiltin(p=p, values_ptr=cast(&values, UInt384*), offsets_ptr=&offsets, n=2);
    assert mul_mod_ptr[1] = ModBuiltin(p=p, values_ptr=cast(&values, UInt384*), offsets_ptr=&offsets, n=1);
    let mul_mod_ptr = mul_mod_ptr + 2 * ModBuiltin.SIZE;
    return ();
}
