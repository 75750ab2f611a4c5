// REQUIRES: python_hints
// Pointers in the program's initial_dict, as cairo-lang's RelocatableValue (the hint imports it):
// dict_new keeps them as they are.
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.dict import dict_new, dict_read
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local array: felt*) = alloc();
    assert array[0] = 10;
    assert array[1] = 20;
    %{
        from starkware.cairo.lang.vm.relocatable import RelocatableValue
        initial_dict = {1: ids.array, 2: RelocatableValue(ids.array.segment_index, 1)}
    %}
    let (dict_ptr) = dict_new();
    let (one) = dict_read{dict_ptr=dict_ptr}(key=1);
    let (two) = dict_read{dict_ptr=dict_ptr}(key=2);
    let first = cast(one, felt*);
    let second = cast(two, felt*);
    serialize_word(first[0]);
    serialize_word(second[0]);
    return ();
}
