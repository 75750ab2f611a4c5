// small_merkle_tree_update over a tree of height 10: 28 keys spread over the leaves, then every
// third one written again (some back to the default 0), so that the levels have nodes of every case.
%builtins output pedersen range_check
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_write, dict_squash
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.small_merkle_tree import small_merkle_tree_update

// Keys 37 * i (distinct, below 1024) for i in [i, n), values i * i + 1.
func write_spread{dict_ptr: DictAccess*}(i, n) {
    if (i == n) {
        return ();
    }
    dict_write(key=37 * i, new_value=i * i + 1);
    return write_spread(i + 1, n);
}

// Keys 37 * i for i = start, start + 3, ... below n, values i * (i % 2): 0 for even i.
func rewrite_every_third{dict_ptr: DictAccess*}(i, n, odd) {
    if (n - i == 0) {
        return ();
    }
    if (n - i == 1) {
        return ();
    }
    if (n - i == 2) {
        return ();
    }
    dict_write(key=37 * i, new_value=i * odd);
    return rewrite_every_third(i + 3, n, 1 - odd);
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=0);
    let dict_ptr = start;
    with dict_ptr {
        write_spread(0, 28);
        rewrite_every_third(1, 28, 1);
    }
    let (squashed_start, squashed_end) = dict_squash(start, dict_ptr);
    let (prev_root, new_root) = small_merkle_tree_update{hash_ptr=pedersen_ptr}(
        squashed_dict_start=squashed_start, squashed_dict_end=squashed_end, height=10
    );
    serialize_word(prev_root);
    serialize_word(new_root);
    serialize_word((squashed_end - squashed_start) / DictAccess.SIZE);
    return ();
}
