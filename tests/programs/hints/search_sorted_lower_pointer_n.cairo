// search_sorted_lower with a pointer for n_elms: the hint's "Invalid value for n_elms".
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import search_sorted_lower

func main{range_check_ptr}() {
    alloc_locals;
    let (array: felt*) = alloc();
    assert array[0] = 1;
    search_sorted_lower(array_ptr=array, elm_size=1, n_elms=cast(array, felt), key=1);
    return ();
}
