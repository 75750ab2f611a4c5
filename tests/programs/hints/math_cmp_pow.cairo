// math_cmp.cairo and pow.cairo.
%builtins output range_check
from starkware.cairo.common.math_cmp import is_nn, is_le, is_nn_le, is_in_range, is_le_felt
from starkware.cairo.common.pow import pow
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let r = is_nn(5);
    serialize_word(r);
    let r = is_nn(-5);
    serialize_word(r);
    let r = is_nn(2 ** 128);
    serialize_word(r);
    let r = is_nn(-2 ** 128);
    serialize_word(r);
    let r = is_le(7, 3);
    serialize_word(r);
    let r = is_nn_le(3, 7);
    serialize_word(r);
    let r = is_in_range(5, 5, 6);
    serialize_word(r);
    let r = is_le_felt(-1, 3);
    serialize_word(r);
    let r = is_le_felt(3, -1);
    serialize_word(r);
    let (p) = pow(3, 17);
    serialize_word(p);
    let (p) = pow(5, 0);
    serialize_word(p);
    return ();
}
