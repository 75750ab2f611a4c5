// values_ptr is an integer: the final check wants a relocatable.
%builtins mul_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func main{mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local offsets: (felt, felt, felt) = (0, 4, 8);
    assert mul_mod_ptr[0] = ModBuiltin(
        p=UInt384(7, 0, 0, 0), values_ptr=cast(12, UInt384*), offsets_ptr=&offsets, n=1
    );
    let mul_mod_ptr = mul_mod_ptr + ModBuiltin.SIZE;
    return ();
}
