// A failing library hint: signed_div_rem_range.
%builtins range_check
from starkware.cairo.common.math import signed_div_rem

func main{range_check_ptr}() {
    let (q, r) = signed_div_rem(-1000, 1, 10);
    return ();
}
