// REQUIRES: python_hints
// __find_element_index set by the program's hint, then __find_element_max_size large enough.
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local array: felt*) = alloc();
    assert array[0] = 10;
    assert array[1] = 20;
    assert array[2] = 30;
    assert array[3] = 20;
    %{ __find_element_index = 3 %}
    let (p) = find_element(array_ptr=array, elm_size=1, n_elms=4, key=20);
    serialize_word(p - array);
    %{ print('__find_element_index' in globals()) %}
    %{ __find_element_max_size = 4 %}
    let (q) = find_element(array_ptr=array, elm_size=1, n_elms=4, key=20);
    serialize_word(q - array);
    return ();
}
