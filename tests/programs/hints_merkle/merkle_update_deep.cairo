// REQUIRES: python_hints
// merkle_update over a tree of height 12 with a path the program's hint computes.
%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.merkle_update import merkle_update
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    alloc_locals;
    %{ auth_path = [(i * 7919) ** 5 % PRIME for i in range(12)] %}
    let (local prev_root, local new_root) = merkle_update{hash_ptr=pedersen_ptr}(
        height=12, prev_leaf=123, new_leaf=456, index=2741
    );
    serialize_word(prev_root);
    serialize_word(new_root);
    return ();
}
