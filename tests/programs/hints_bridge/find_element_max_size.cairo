// REQUIRES: python_hints
// __find_element_max_size set by the program's hint below n_elms: find_element refuses.
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local array: felt*) = alloc();
    assert array[0] = 10;
    assert array[1] = 20;
    assert array[2] = 30;
    %{ __find_element_max_size = 2 %}
    let (p) = find_element(array_ptr=array, elm_size=1, n_elms=3, key=20);
    return ();
}
