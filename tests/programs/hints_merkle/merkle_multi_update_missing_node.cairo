// REQUIRES: python_hints
// A node missing from the preimage: the KeyError of its lookup.
%builtins output pedersen
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.merkle_multi_update import merkle_multi_update
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    alloc_locals;
    // The leaves [1, 2, 3, 4] before, [10, 2, 3, 40] after.
    let (local prev01) = hash2{hash_ptr=pedersen_ptr}(1, 2);
    let (local prev23) = hash2{hash_ptr=pedersen_ptr}(3, 4);
    let (local prev_root) = hash2{hash_ptr=pedersen_ptr}(prev01, prev23);
    let (local new01) = hash2{hash_ptr=pedersen_ptr}(10, 2);
    let (local new23) = hash2{hash_ptr=pedersen_ptr}(3, 40);
    let (local new_root) = hash2{hash_ptr=pedersen_ptr}(new01, new23);
    %{
        preimage = {
            ids.prev_root: (ids.prev01, ids.prev23), ids.prev23: (3, 4),
            ids.new_root: (ids.new01, ids.new23), ids.new01: (10, 2), ids.new23: [3, 40],
        }
    %}
    let (local updates: DictAccess*) = alloc();
    assert updates[0] = DictAccess(key=0, prev_value=1, new_value=10);
    assert updates[1] = DictAccess(key=3, prev_value=4, new_value=40);
    merkle_multi_update{hash_ptr=pedersen_ptr}(
        update_ptr=updates, n_updates=2, height=2, prev_root=prev_root, new_root=new_root
    );
    serialize_word(new_root);
    return ();
}
