// uint256.cairo and log2_ceil.cairo.
%builtins output range_check
from starkware.cairo.common.log2_ceil import log2_ceil
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import (
    Uint256, uint256_add, uint256_mul, uint256_sqrt, uint256_signed_nn, uint256_unsigned_div_rem,
    uint256_mul_div_mod)

func serialize_uint256{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let max = Uint256(2 ** 128 - 1, 2 ** 128 - 1);
    let (sum, carry) = uint256_add(max, Uint256(5, 0));
    serialize_uint256(sum);
    serialize_word(carry);
    let (low, high) = uint256_mul(max, Uint256(3, 7));
    serialize_uint256(low);
    serialize_uint256(high);
    let (root) = uint256_sqrt(Uint256(12345678901234567890, 98765));
    serialize_uint256(root);
    let (nn) = uint256_signed_nn(Uint256(1, 2 ** 127));
    serialize_word(nn);
    let (nn) = uint256_signed_nn(Uint256(1, 2 ** 127 - 1));
    serialize_word(nn);
    let (q, r) = uint256_unsigned_div_rem(Uint256(1000, 77), Uint256(13, 0));
    serialize_uint256(q);
    serialize_uint256(r);
    let (q_low, q_high, r) = uint256_mul_div_mod(max, max, Uint256(7, 3));
    serialize_uint256(q_low);
    serialize_uint256(q_high);
    serialize_uint256(r);
    let l = log2_ceil(1000);
    serialize_word(l);
    return ();
}
