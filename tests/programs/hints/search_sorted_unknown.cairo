// search_sorted_lower reading past the cells the array holds.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import search_sorted_lower

func main{range_check_ptr}() {
    alloc_locals;
    let (array: felt*) = alloc();
    assert array[0] = 5;
    let (elm: felt*) = search_sorted_lower(array_ptr=array, elm_size=1, n_elms=3, key=7);
    return ();
}
