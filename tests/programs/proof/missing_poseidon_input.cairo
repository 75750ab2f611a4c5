// FLAGS: --proof_mode --layout starknet_with_keccak --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// An instance without all its inputs: the AIR private input fails (no security check in proof
// mode).
%builtins output poseidon
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin

func main{output_ptr: felt*, poseidon_ptr: PoseidonBuiltin*}() {
    assert poseidon_ptr.input.s0 = 1;
    assert poseidon_ptr.input.s2 = 1;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    return ();
}
