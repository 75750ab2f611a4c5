// find_element.cairo, set.cairo and usort.cairo.
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element, search_sorted_lower, search_sorted
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.set import set_add
from starkware.cairo.common.usort import usort

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (array: felt*) = alloc();
    assert array[0] = 5;
    assert array[1] = 50;
    assert array[2] = 8;
    assert array[3] = 80;
    assert array[4] = 12;
    assert array[5] = 120;
    let (elm: felt*) = find_element(array_ptr=array, elm_size=2, n_elms=3, key=8);
    serialize_word(elm[1]);
    let (elm: felt*) = search_sorted_lower(array_ptr=array, elm_size=2, n_elms=3, key=9);
    serialize_word(elm[0]);
    let (elm: felt*) = search_sorted_lower(array_ptr=array, elm_size=2, n_elms=3, key=100);
    serialize_word(elm - array);
    let (elm: felt*, exists) = search_sorted(array_ptr=array, elm_size=2, n_elms=3, key=12);
    serialize_word(exists);
    let (elm: felt*, exists) = search_sorted(array_ptr=array, elm_size=2, n_elms=3, key=6);
    serialize_word(exists);

    let (set: felt*) = alloc();
    assert set[0] = 1;
    assert set[1] = 2;
    let set_end_ptr = set + 2;
    let (new_elm: felt*) = alloc();
    assert new_elm[0] = 3;
    assert new_elm[1] = 4;
    set_add{set_end_ptr=set_end_ptr}(set_ptr=set, elm_size=2, elm_ptr=new_elm);
    set_add{set_end_ptr=set_end_ptr}(set_ptr=set, elm_size=2, elm_ptr=new_elm);
    serialize_word(set_end_ptr - set);

    let (input: felt*) = alloc();
    assert input[0] = 7;
    assert input[1] = 3;
    assert input[2] = 7;
    assert input[3] = 1;
    assert input[4] = 3;
    assert input[5] = 7;
    let (output_len, output, multiplicities) = usort(input_len=6, input=input);
    serialize_word(output_len);
    serialize_word(output[0]);
    serialize_word(output[2]);
    serialize_word(multiplicities[1]);
    return ();
}
