// A key beyond the tree's leaves (2^height or more): small_merkle_tree.py's assertion.
%builtins output pedersen range_check
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_write, dict_squash
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.small_merkle_tree import small_merkle_tree_update

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=0);
    let dict_ptr = start;
    dict_write{dict_ptr=dict_ptr}(key=9, new_value=1);
    let (squashed_start, squashed_end) = dict_squash(start, dict_ptr);
    let (prev_root, new_root) = small_merkle_tree_update{hash_ptr=pedersen_ptr}(
        squashed_dict_start=squashed_start, squashed_dict_end=squashed_end, height=3
    );
    return ();
}
