// A failing library hint: assert_le_felt_fails.
%builtins range_check
from starkware.cairo.common.math import assert_le_felt

func main{range_check_ptr}() {
    assert_le_felt(-1, 5);
    return ();
}
