// cairo_keccak/: the permutation hint writes its output over a cell the program already set.
%builtins range_check bitwise
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_keccak.keccak import cairo_keccak_felts

func main{range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (keccak_ptr: felt*) = alloc();
    assert keccak_ptr[30] = 1234;
    let (felts: felt*) = alloc();
    assert felts[0] = 7;
    let (res) = cairo_keccak_felts{keccak_ptr=keccak_ptr}(1, felts);
    return ();
}
