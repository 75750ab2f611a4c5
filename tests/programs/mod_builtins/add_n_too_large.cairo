// n = 2 in the only instance: the last instance must have n = batch_size (a bare assert).
%builtins add_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func main{add_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local values: (UInt384, UInt384, UInt384) = (UInt384(3, 0, 0, 0), UInt384(5, 0, 0, 0), UInt384(1, 0, 0, 0));
    local offsets: (felt, felt, felt) = (0, 4, 8);
    assert add_mod_ptr[0] = ModBuiltin(p=UInt384(7, 0, 0, 0), values_ptr=cast(&values, UInt384*), offsets_ptr=&offsets, n=2);
    let add_mod_ptr = add_mod_ptr + ModBuiltin.SIZE;
    return ();
}
