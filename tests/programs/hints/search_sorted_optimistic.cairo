// search_sorted_optimistic: a key the array holds, and one it does not (index of the next element).
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import search_sorted_optimistic
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (array: felt*) = alloc();
    assert array[0] = 3;
    assert array[1] = 30;
    assert array[2] = 7;
    assert array[3] = 70;
    assert array[4] = 12;
    assert array[5] = 120;
    let (found: felt*, success) = search_sorted_optimistic(
        array_ptr=array, elm_size=2, n_elms=3, key=7
    );
    serialize_word(found[1]);
    serialize_word(success);
    let (next: felt*, success) = search_sorted_optimistic(
        array_ptr=array, elm_size=2, n_elms=3, key=8
    );
    serialize_word(next[0]);
    serialize_word(success);
    return ();
}
