// REQUIRES: python_hints
// __keccak_max_size set by the program's hint: unsafe_keccak of a longer input is refused.
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.keccak import unsafe_keccak
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local data: felt*) = alloc();
    assert data[0] = 1;
    assert data[1] = 2;
    %{ __keccak_max_size = 16 %}
    let (low, high) = unsafe_keccak(data, 16);
    serialize_word(low);
    %{ __keccak_max_size = 15 %}
    let (low, high) = unsafe_keccak(data, 16);
    return ();
}
