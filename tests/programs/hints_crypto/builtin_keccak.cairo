// builtin_keccak/: keccak on the keccak builtin (uint256s, felts, bytes of several lengths).
%builtins output range_check bitwise keccak
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.builtin_keccak.keccak import (
    keccak,
    keccak_bigend,
    keccak_felts,
    keccak_uint256s_bigend,
)
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, KeccakBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func output_uint256{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func main{
    output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*, keccak_ptr: KeccakBuiltin*
}() {
    alloc_locals;
    let (values: Uint256*) = alloc();
    assert values[0] = Uint256(low=0x1234, high=0xabcdef);
    assert values[1] = Uint256(low=2 ** 128 - 1, high=2 ** 127);
    let (res) = keccak_uint256s_bigend(2, values);
    output_uint256(res);
    let (felts: felt*) = alloc();
    assert felts[0] = 7;
    assert felts[1] = -1;
    assert felts[2] = 2 ** 200;
    let (res) = keccak_felts(3, felts);
    output_uint256(res);
    let (words: felt*) = alloc();
    fill_words(words, 40);
    let (res) = keccak(words, 0);
    output_uint256(res);
    let (res) = keccak(words, 7);
    output_uint256(res);
    let (res) = keccak(words, 136);
    output_uint256(res);
    let (res) = keccak_bigend(words, 141);
    output_uint256(res);
    let (res) = keccak(words, 300);
    output_uint256(res);
    return ();
}

func fill_words(words: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    assert words[0] = n * 0x0101010101010101 + 0x0001020304050607;
    return fill_words(words + 1, n - 1);
}
