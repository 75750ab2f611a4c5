// assert_not_equal of a pointer and an integer: "non-comparable values".
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import assert_not_equal

func main() {
    let (p: felt*) = alloc();
    assert_not_equal(cast(p, felt), 5);
    return ();
}
