// FLAGS: --proof_mode --layout starknet_with_keccak --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// An instance without all its inputs: the AIR private input fails (no security check in proof
// mode).
%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr[1].x = 1;
    assert pedersen_ptr[1].y = 1;
    assert pedersen_ptr.x = 1;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return ();
}
