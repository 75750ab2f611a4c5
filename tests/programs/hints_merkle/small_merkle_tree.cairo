// small_merkle_tree_update of a squashed default dict (no hint of the program's own): the roots
// before and after, checked by merkle_multi_update over the preimage the hint computes.
%builtins output pedersen range_check
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.default_dict import default_dict_new, default_dict_finalize
from starkware.cairo.common.dict import dict_write, dict_update, dict_squash
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.small_merkle_tree import small_merkle_tree_update

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=0);
    let dict_ptr = start;
    with dict_ptr {
        dict_write(key=1, new_value=10);
        dict_write(key=6, new_value=60);
        dict_update(key=1, prev_value=10, new_value=11);
        dict_write(key=7, new_value=70);
        dict_write(key=2, new_value=0);
    }
    let (squashed_start, squashed_end) = dict_squash(start, dict_ptr);
    let (prev_root, new_root) = small_merkle_tree_update{hash_ptr=pedersen_ptr}(
        squashed_dict_start=squashed_start, squashed_dict_end=squashed_end, height=3
    );
    serialize_word(prev_root);
    serialize_word(new_root);
    return ();
}
