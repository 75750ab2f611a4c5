// cairo_keccak/: keccak in Cairo with bitwise (uint256s, felts, bytes across a block), finalized.
%builtins output range_check bitwise
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_keccak.keccak import (
    cairo_keccak,
    cairo_keccak_felts_bigend,
    cairo_keccak_uint256s,
    finalize_keccak,
)
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func output_uint256{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local keccak_ptr_start: felt*) = alloc();
    let keccak_ptr = keccak_ptr_start;
    let (values: Uint256*) = alloc();
    assert values[0] = Uint256(low=0x1234, high=0xabcdef);
    assert values[1] = Uint256(low=2 ** 128 - 1, high=0);
    let (res) = cairo_keccak_uint256s{keccak_ptr=keccak_ptr}(2, values);
    output_uint256(res);
    let (felts: felt*) = alloc();
    assert felts[0] = 7;
    assert felts[1] = -1;
    assert felts[2] = 2 ** 200;
    let (res) = cairo_keccak_felts_bigend{keccak_ptr=keccak_ptr}(3, felts);
    output_uint256(res);
    // 200 bytes: a full block of 136 and a partial one.
    let (words: felt*) = alloc();
    fill_words(words, 25);
    let (res) = cairo_keccak{keccak_ptr=keccak_ptr}(words, 200);
    output_uint256(res);
    let (res) = cairo_keccak{keccak_ptr=keccak_ptr}(words, 5);
    output_uint256(res);
    finalize_keccak(keccak_ptr_start=keccak_ptr_start, keccak_ptr_end=keccak_ptr);
    return ();
}

func fill_words(words: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    assert words[0] = n * 0x0101010101010101 + 0x0001020304050607;
    return fill_words(words + 1, n - 1);
}
