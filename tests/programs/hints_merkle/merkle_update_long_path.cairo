// REQUIRES: python_hints
// An authentication path longer than the tree's height: merkle_update's last hint refuses it.
%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.merkle_update import merkle_update

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    %{ auth_path = [1, 2, 3] %}
    let (prev_root, new_root) = merkle_update{hash_ptr=pedersen_ptr}(
        height=2, prev_leaf=5, new_leaf=6, index=1
    );
    return ();
}
