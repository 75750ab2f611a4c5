// A failing library hint: assert_250_bit_fails.
%builtins range_check
from starkware.cairo.common.math import assert_250_bit

func main{range_check_ptr}() {
    assert_250_bit(2 ** 250);
    return ();
}
