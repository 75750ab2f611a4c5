// A failing library hint: assert_not_equal_fails.
%builtins range_check
from starkware.cairo.common.math import assert_not_equal

func main{range_check_ptr}() {
    assert_not_equal(7, 7);
    return ();
}
