// search_sorted_optimistic with elm_size 0: the hint's "Invalid value for elm_size" assertion.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import search_sorted_optimistic

func main{range_check_ptr}() {
    alloc_locals;
    let (array: felt*) = alloc();
    assert array[0] = 1;
    search_sorted_optimistic(array_ptr=array, elm_size=0, n_elms=1, key=1);
    return ();
}
