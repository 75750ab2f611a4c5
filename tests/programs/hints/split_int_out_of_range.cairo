// split_int of a value with more limbs than n: "split_int(): value is out of range."
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import split_int

func main{range_check_ptr}() {
    alloc_locals;
    let (limbs: felt*) = alloc();
    split_int(value=0x12345, n=2, base=0x100, bound=0x100, output=limbs);
    return ();
}
