// keccak.cairo: unsafe_keccak and keccak_felts (unsafe_keccak_finalize).
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.keccak import unsafe_keccak, keccak_felts
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (data: felt*) = alloc();
    assert data[0] = 0x000102030405060708090a0b0c0d0e0f;
    assert data[1] = 0x1011121314;
    let (low, high) = unsafe_keccak(data, 21);
    serialize_word(low);
    serialize_word(high);
    let (low, high) = unsafe_keccak(data, 0);
    serialize_word(low);
    serialize_word(high);
    let (big: felt*) = alloc();
    assert big[0] = 7;
    assert big[1] = 2 ** 250;
    assert big[2] = -1;
    let (res) = keccak_felts(3, big);
    serialize_word(res.low);
    serialize_word(res.high);
    return ();
}
