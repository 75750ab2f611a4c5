// REQUIRES: python_hints
// merkle_update with the authentication path a hint of the program sets (the siblings popped
// from the end), twice: the second path is a new list bound to the same name.
%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.merkle_update import merkle_update
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    alloc_locals;
    %{ auth_path = [11, 22, 33] %}
    let (local prev_root, local new_root) = merkle_update{hash_ptr=pedersen_ptr}(
        height=3, prev_leaf=5, new_leaf=6, index=5
    );
    %{ auth_path = [44] %}
    let (local prev_root2, local new_root2) = merkle_update{hash_ptr=pedersen_ptr}(
        height=1, prev_leaf=0, new_leaf=7, index=0
    );
    serialize_word(prev_root);
    serialize_word(new_root);
    serialize_word(prev_root2);
    serialize_word(new_root2);
    return ();
}
