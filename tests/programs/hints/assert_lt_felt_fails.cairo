// A failing library hint: assert_lt_felt_fails.
%builtins range_check
from starkware.cairo.common.math import assert_lt_felt

func main{range_check_ptr}() {
    assert_lt_felt(3, 3);
    return ();
}
