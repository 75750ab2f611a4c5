// REQUIRES: python_hints
// small_merkle_tree.cairo's own example: initial_dict from the program's hint, one update.
%builtins output pedersen range_check
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.dict import dict_new, dict_update, dict_squash
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.small_merkle_tree import small_merkle_tree_update

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    alloc_locals;
    %{ initial_dict = {1: 2, 3: 4, 5: 6} %}
    let (dict_ptr_start) = dict_new();
    let dict_ptr = dict_ptr_start;
    dict_update{dict_ptr=dict_ptr}(key=1, prev_value=2, new_value=20);
    let (squashed_dict_start, squashed_dict_end) = dict_squash(
        dict_accesses_start=dict_ptr_start, dict_accesses_end=dict_ptr
    );
    let (prev_root, new_root) = small_merkle_tree_update{hash_ptr=pedersen_ptr}(
        squashed_dict_start, squashed_dict_end, 3
    );
    serialize_word(prev_root);
    serialize_word(new_root);
    return ();
}
