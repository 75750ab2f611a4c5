// FLAGS: --proof_mode --layout starknet_with_keccak --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// Every builtin of starknet_with_keccak but ecdsa (which needs a signature hint): their inputs in
// the AIR private input; keccak's 16-instance components set the steps.
%builtins output pedersen range_check bitwise ec_op keccak poseidon
from starkware.cairo.common.cairo_builtins import (
    BitwiseBuiltin,
    EcOpBuiltin,
    HashBuiltin,
    KeccakBuiltin,
    PoseidonBuiltin,
)
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.keccak_state import KeccakBuiltinState
from starkware.cairo.common.poseidon_state import PoseidonBuiltinState

const GX = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GY = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;
const SX = 0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804;
const SY = 0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a;

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    bitwise_ptr: BitwiseBuiltin*,
    ec_op_ptr: EcOpBuiltin*,
    keccak_ptr: KeccakBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr.y = 2;
    assert [output_ptr] = pedersen_ptr.result;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;

    assert [range_check_ptr] = 2 ** 64;
    let range_check_ptr = range_check_ptr + 1;

    assert bitwise_ptr.x = 0xff00;
    assert bitwise_ptr.y = 0x0ff0;
    assert [output_ptr + 1] = bitwise_ptr.x_and_y;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;

    assert ec_op_ptr.p = EcPoint(SX, SY);
    assert ec_op_ptr.q = EcPoint(GX, GY);
    assert ec_op_ptr.m = 3;
    assert [output_ptr + 2] = ec_op_ptr.r.x;
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;

    assert keccak_ptr.input = KeccakBuiltinState(8, 7, 6, 5, 4, 3, 2, 1);
    assert [output_ptr + 3] = keccak_ptr.output.s0;
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;

    assert poseidon_ptr.input = PoseidonBuiltinState(1, 2, 3);
    assert [output_ptr + 4] = poseidon_ptr.output.s0;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;

    let output_ptr = output_ptr + 5;
    return ();
}
