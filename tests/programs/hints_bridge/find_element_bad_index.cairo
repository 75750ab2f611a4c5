// REQUIRES: python_hints
// __find_element_index set by the program's hint to an element that does not hold the key:
// find_element's "Invalid index found".
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element

func main{range_check_ptr}() {
    alloc_locals;
    let (array: felt*) = alloc();
    assert array[0] = 5;
    assert array[1] = 6;
    %{ __find_element_index = 1 %}
    find_element(array_ptr=array, elm_size=1, n_elms=2, key=5);
    return ();
}
