// a * (p - 2) mod p over the BLS12-381 prime: a 768-bit product.
%builtins range_check mul_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func main{range_check_ptr, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local values: (UInt384, UInt384, UInt384) = (UInt384(42607145154661183427237891567, 352125166730063718056674663, 42607145154661183427237891567, 352125166730063718056674663), UInt384(54880396502181392957329877673, 31935979117156477062286671870, 20826981314825584179608359615, 8047903782086192180586325942), UInt384(48894268707123363696398044877, 31231728783696349626173322543, 14840853519767554918676526817, 7343653448626064744472976615));
    local offsets: (felt, felt, felt) = (0, 4, 8);
    assert mul_mod_ptr[0] = ModBuiltin(p=UInt384(54880396502181392957329877675, 31935979117156477062286671870, 20826981314825584179608359615, 8047903782086192180586325942), values_ptr=cast(&values, UInt384*), offsets_ptr=&offsets, n=1);
    let mul_mod_ptr = mul_mod_ptr + ModBuiltin.SIZE;
    return ();
}
