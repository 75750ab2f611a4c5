// REQUIRES: python_hints
// The program's hint sets initial_dict and dict_new, a library hint, takes it: int values taken
// modulo P, a list value written to a new segment, and the `del initial_dict` seen by a later hint.
%builtins output range_check
from starkware.cairo.common.dict import dict_new, dict_read, dict_update, dict_squash
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    %{ initial_dict = {5: [7, 8, (9, 10)], 1: 2, 3: -1} %}
    let (local start: DictAccess*) = dict_new();
    %{ print('initial_dict' in globals()) %}
    let dict_ptr = start;
    with dict_ptr {
        let (one) = dict_read(key=1);
        let (three) = dict_read(key=3);
        let (five) = dict_read(key=5);
        dict_update(key=1, prev_value=2, new_value=20);
    }
    serialize_word(one);
    serialize_word(three);
    let list = cast(five, felt*);
    serialize_word(list[1]);
    let pair = cast(list[2], felt*);
    serialize_word(pair[1]);
    let (squashed_start, squashed_end) = dict_squash(start, dict_ptr);
    serialize_word(squashed_end - squashed_start);
    return ();
}
