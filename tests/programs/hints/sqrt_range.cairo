// A failing library hint: sqrt_range.
%builtins range_check
from starkware.cairo.common.math import sqrt

func main{range_check_ptr}() {
    let r = sqrt(-1);
    return ();
}
