// unsafe_keccak with a last word wider than the bytes left.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.keccak import unsafe_keccak

func main{range_check_ptr}() {
    let (data: felt*) = alloc();
    assert data[0] = 0x10000;
    let (low, high) = unsafe_keccak(data, 2);
    return ();
}
