// A failing library hint: assert_nn_pointer.
%builtins range_check
from starkware.cairo.common.math import assert_nn
from starkware.cairo.common.alloc import alloc

func main{range_check_ptr}() {
    let (p) = alloc();
    assert_nn(cast(p, felt));
    return ();
}
