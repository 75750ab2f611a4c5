// A failing library hint: assert_nn_negative.
%builtins range_check
from starkware.cairo.common.math import assert_nn

func main{range_check_ptr}() {
    assert_nn(-5);
    return ();
}
