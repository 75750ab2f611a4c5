// FLAGS: --proof_mode --layout starknet_with_keccak --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// An instance without all its inputs: the AIR private input fails (no security check in proof
// mode).
%builtins output ec_op
from starkware.cairo.common.cairo_builtins import EcOpBuiltin

func main{output_ptr: felt*, ec_op_ptr: EcOpBuiltin*}() {
    assert ec_op_ptr.p.x = 1;
    assert ec_op_ptr.p.y = 1;
    assert ec_op_ptr.q.y = 1;
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    return ();
}
