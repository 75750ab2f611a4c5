// A failing library hint: assert_le_fails.
%builtins range_check
from starkware.cairo.common.math import assert_le

func main{range_check_ptr}() {
    assert_le(4, 3);
    return ();
}
