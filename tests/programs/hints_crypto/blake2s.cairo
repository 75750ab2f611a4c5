// cairo_blake2s/: blake2s of several lengths, blake2s_felts (both endiannesses),
// encode_felt252_to_u32s, and finalize_blake2s over every instance.
%builtins output range_check bitwise
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_blake2s.blake2s import (
    blake2s,
    blake2s_felts,
    encode_felt252_to_u32s,
    finalize_blake2s,
)
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func output_uint256{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func output_words{output_ptr: felt*}(words: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    serialize_word(words[0]);
    return output_words(words + 1, n - 1);
}

func fill_words(words: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    assert words[0] = n * 0x01030507 + 0x10000000;
    return fill_words(words + 1, n - 1);
}

func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local blake2s_ptr_start: felt*) = alloc();
    let blake2s_ptr = blake2s_ptr_start;
    let (words: felt*) = alloc();
    fill_words(words, 40);
    let (res) = blake2s{blake2s_ptr=blake2s_ptr}(words, 0);
    output_uint256(res);
    let (res) = blake2s{blake2s_ptr=blake2s_ptr}(words, 5);
    output_uint256(res);
    let (res) = blake2s{blake2s_ptr=blake2s_ptr}(words, 64);
    output_uint256(res);
    let (res) = blake2s{blake2s_ptr=blake2s_ptr}(words, 150);
    output_uint256(res);
    let (felts: felt*) = alloc();
    assert felts[0] = 7;
    assert felts[1] = -1;
    assert felts[2] = 2 ** 200 + 12345;
    let (res) = blake2s_felts{blake2s_ptr=blake2s_ptr}(3, felts, 0);
    output_uint256(res);
    let (res) = blake2s_felts{blake2s_ptr=blake2s_ptr}(3, felts, 1);
    output_uint256(res);
    let (packed: felt*) = alloc();
    assert packed[0] = 5;
    assert packed[1] = 2 ** 63;
    assert packed[2] = 2 ** 63 - 1;
    assert packed[3] = -1;
    let (unpacked: felt*) = alloc();
    let n = encode_felt252_to_u32s(4, packed, unpacked);
    serialize_word(n);
    output_words(unpacked, n);
    finalize_blake2s(blake2s_ptr_start=blake2s_ptr_start, blake2s_ptr_end=blake2s_ptr);
    return ();
}
