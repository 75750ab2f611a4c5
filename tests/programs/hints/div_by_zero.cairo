// A failing library hint: div_by_zero.
%builtins range_check
from starkware.cairo.common.math import unsigned_div_rem

func main{range_check_ptr}() {
    let (q, r) = unsigned_div_rem(10, 0);
    return ();
}
