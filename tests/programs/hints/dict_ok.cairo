// default_dict.cairo and dict.cairo: reads, writes, updates, squashing and finalization.
%builtins output range_check
from starkware.cairo.common.default_dict import default_dict_new, default_dict_finalize
from starkware.cairo.common.dict import dict_read, dict_write, dict_update, dict_squash
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local dict_start: DictAccess*) = default_dict_new(default_value=17);
    let dict_ptr = dict_start;
    let (v) = dict_read{dict_ptr=dict_ptr}(key=5);
    serialize_word(v);
    dict_write{dict_ptr=dict_ptr}(key=5, new_value=100);
    dict_write{dict_ptr=dict_ptr}(key=2, new_value=200);
    dict_update{dict_ptr=dict_ptr}(key=5, prev_value=100, new_value=101);
    let (v) = dict_read{dict_ptr=dict_ptr}(key=5);
    serialize_word(v);
    let (v) = dict_read{dict_ptr=dict_ptr}(key=2 ** 200);
    serialize_word(v);
    let (squashed_start, squashed_end) = default_dict_finalize(dict_start, dict_ptr, 17);
    serialize_word((squashed_end - squashed_start) / DictAccess.SIZE);
    serialize_word(squashed_start[0].key);
    serialize_word(squashed_start[1].new_value);

    let (local second: DictAccess*) = default_dict_new(default_value=0);
    let dict_ptr = second;
    dict_write{dict_ptr=dict_ptr}(key=1, new_value=1);
    let (s_start, s_end) = dict_squash(second, dict_ptr);
    let dict_ptr = s_end;
    dict_write{dict_ptr=dict_ptr}(key=1, new_value=2);
    let (v) = dict_read{dict_ptr=dict_ptr}(key=1);
    serialize_word(v);
    return ();
}
