// FLAGS: --proof_mode --layout starknet_with_keccak --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// An instance without all its inputs: the AIR private input fails (no security check in proof
// mode).
%builtins output keccak
from starkware.cairo.common.cairo_builtins import KeccakBuiltin

func main{output_ptr: felt*, keccak_ptr: KeccakBuiltin*}() {
    assert keccak_ptr.input.s7 = 1;
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;
    return ();
}
