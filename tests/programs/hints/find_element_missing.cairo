// find_element with a key the array does not hold.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element

func main{range_check_ptr}() {
    alloc_locals;
    let (array: felt*) = alloc();
    assert array[0] = 5;
    assert array[1] = 6;
    let (elm: felt*) = find_element(array_ptr=array, elm_size=1, n_elms=2, key=7);
    return ();
}
