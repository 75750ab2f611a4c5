// assert_nn in a program without the range_check builtin: its hint has no range_check_builtin.
from starkware.cairo.common.math import assert_nn

func main() {
    let range_check_ptr = 0;
    assert_nn{range_check_ptr=range_check_ptr}(5);
    return ();
}
