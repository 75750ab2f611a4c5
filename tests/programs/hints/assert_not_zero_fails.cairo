// A failing library hint: assert_not_zero_fails.
%builtins range_check
from starkware.cairo.common.math import assert_not_zero

func main{range_check_ptr}() {
    assert_not_zero(0);
    return ();
}
