// FLAGS: --proof_mode --layout dynamic --cairo_layout_params_file {dir}/params/mod.json --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// COMPILE_FLAGS: --proof_mode
// Proof mode: two add_mod instances of one circuit over the BLS12-381 prime in the AIR private
// input, mul_mod unused (its zero value address only).
%builtins add_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func main{add_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local values: (UInt384, UInt384, UInt384, UInt384, UInt384) = (
        UInt384(54880396502181392957329877670, 31935979117156477062286671870, 20826981314825584179608359615, 8047903782086192180586325942),
        UInt384(54880396502181392957329877666, 31935979117156477062286671870, 20826981314825584179608359615, 8047903782086192180586325942),
        UInt384(54880396502181392957329877661, 31935979117156477062286671870, 20826981314825584179608359615, 8047903782086192180586325942),
        UInt384(9, 0, 0, 0),
        UInt384(4, 0, 0, 0),
    );
    local offsets: (felt, felt, felt, felt, felt, felt) = (0, 4, 8, 0, 12, 16);
    let p = UInt384(54880396502181392957329877675, 31935979117156477062286671870, 20826981314825584179608359615, 8047903782086192180586325942);
    assert add_mod_ptr[0] = ModBuiltin(p=p, values_ptr=cast(&values, UInt384*), offsets_ptr=&offsets, n=2);
    assert add_mod_ptr[1] = ModBuiltin(p=p, values_ptr=cast(&values, UInt384*), offsets_ptr=&offsets + 3, n=1);
    let add_mod_ptr = add_mod_ptr + 2 * ModBuiltin.SIZE;
    return ();
}
