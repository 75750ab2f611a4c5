// FLAGS: --proof_mode --layout starknet_with_keccak --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// Instances written out of order: the keys of an instance in the AIR private input follow the
// order its cells were written.
%builtins output pedersen ec_op keccak poseidon
from starkware.cairo.common.cairo_builtins import (
    HashBuiltin,
    EcOpBuiltin,
    KeccakBuiltin,
    PoseidonBuiltin,
)
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.keccak_state import KeccakBuiltinState

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    ec_op_ptr: EcOpBuiltin*,
    keccak_ptr: KeccakBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    assert pedersen_ptr[1].y = 4;
    assert pedersen_ptr[1].x = 3;
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr.y = 2;
    assert [output_ptr] = pedersen_ptr.result;
    assert [output_ptr + 1] = pedersen_ptr[1].result;
    assert ec_op_ptr.m = 5;
    assert ec_op_ptr.p = EcPoint(
        0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804,
        0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a,
    );
    assert ec_op_ptr.q = EcPoint(
        0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca,
        0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f,
    );
    assert [output_ptr + 2] = ec_op_ptr.r.x;
    assert keccak_ptr.input = KeccakBuiltinState(1, 2, 3, 4, 5, 6, 7, 8);
    assert [output_ptr + 3] = keccak_ptr.output.s1;
    assert poseidon_ptr.input.s2 = 3;
    assert poseidon_ptr.input.s0 = 1;
    assert poseidon_ptr.input.s1 = 2;
    assert [output_ptr + 4] = poseidon_ptr.output.s0;
    let output_ptr = output_ptr + 5;
    let pedersen_ptr = pedersen_ptr + 2 * HashBuiltin.SIZE;
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    return ();
}
