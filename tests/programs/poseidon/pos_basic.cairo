%builtins output pedersen range_check bitwise poseidon
from starkware.cairo.common.cairo_builtins import HashBuiltin, BitwiseBuiltin, PoseidonBuiltin

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    bitwise_ptr: BitwiseBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    assert poseidon_ptr.input.s0 = 1;
    assert poseidon_ptr.input.s1 = 2;
    assert poseidon_ptr.input.s2 = 3;
    assert [output_ptr] = poseidon_ptr.output.s0;
    assert [output_ptr + 1] = poseidon_ptr.output.s1;
    assert [output_ptr + 2] = poseidon_ptr.output.s2;
    assert poseidon_ptr[1].input.s0 = 0;
    assert poseidon_ptr[1].input.s1 = 0;
    assert poseidon_ptr[1].input.s2 = -1;
    // Only the last output is read.
    assert [output_ptr + 3] = poseidon_ptr[1].output.s2;
    let output_ptr = output_ptr + 4;
    let poseidon_ptr = poseidon_ptr + 2 * PoseidonBuiltin.SIZE;
    return ();
}
