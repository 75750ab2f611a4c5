// A failing library hint: split_int_limb.
%builtins range_check
from starkware.cairo.common.math import split_int
from starkware.cairo.common.alloc import alloc

func main{range_check_ptr}() {
    let (p) = alloc();
    split_int(value=300, n=2, base=256, bound=40, output=p);
    return ();
}
