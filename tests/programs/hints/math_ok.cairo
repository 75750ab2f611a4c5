// The math.cairo functions on values that pass.
%builtins output range_check
from starkware.cairo.common.math import (
    assert_not_zero, assert_not_equal, assert_nn, assert_le, assert_lt, assert_nn_le,
    assert_in_range, assert_250_bit, split_felt, assert_le_felt, assert_lt_felt, abs_value, sign,
    unsigned_div_rem, signed_div_rem, split_int, sqrt, is_quad_residue, horner_eval)
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_not_zero(5);
    assert_not_equal(3, 4);
    let (p) = alloc();
    assert_not_equal(cast(p, felt), cast(p + 1, felt));
    assert_nn(0);
    assert_nn(2 ** 128 - 1);
    assert_le(3, 3);
    assert_lt(2, 3);
    assert_nn_le(5, 10);
    assert_in_range(5, 3, 10);
    assert_250_bit(2 ** 250 - 1);
    let (high, low) = split_felt(-1);
    serialize_word(high);
    serialize_word(low);
    assert_le_felt(5, -1);
    assert_le_felt(-10, -3);
    assert_le_felt(2 ** 200, 2 ** 201);
    assert_lt_felt(1, 2);
    let a = abs_value(-12345);
    serialize_word(a);
    let s = sign(-7);
    serialize_word(s);
    let s = sign(0);
    serialize_word(s);
    let s = sign(9);
    serialize_word(s);
    let (q, r) = unsigned_div_rem(1000003, 17);
    serialize_word(q);
    serialize_word(r);
    let (q, r) = signed_div_rem(-1000003, 17, 2 ** 64);
    serialize_word(q);
    serialize_word(r);
    let (q, r) = signed_div_rem(1000, 10, 2 ** 64);
    serialize_word(q);
    serialize_word(r);
    let (limbs: felt*) = alloc();
    split_int(value=0x123456, n=3, base=256, bound=256, output=limbs);
    serialize_word(limbs[0]);
    serialize_word(limbs[2]);
    let root = sqrt(1000001);
    serialize_word(root);
    let qr = is_quad_residue(5);
    serialize_word(qr);
    let qr = is_quad_residue(3);
    serialize_word(qr);
    let qr = is_quad_residue(0);
    serialize_word(qr);
    return ();
}
