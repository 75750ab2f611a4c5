// REQUIRES: python_hints
// An authentication path shorter than the tree's height: the pop of an empty list.
%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.merkle_update import merkle_update

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    %{ auth_path = [1] %}
    let (prev_root, new_root) = merkle_update{hash_ptr=pedersen_ptr}(
        height=2, prev_leaf=5, new_leaf=6, index=2
    );
    return ();
}
