// A failing library hint: abs_value_range.
%builtins range_check
from starkware.cairo.common.math import abs_value

func main{range_check_ptr}() {
    let r = abs_value(2 ** 130);
    return ();
}
