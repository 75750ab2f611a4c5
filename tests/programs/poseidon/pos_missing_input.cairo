%builtins output poseidon
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin

func main{output_ptr: felt*, poseidon_ptr: PoseidonBuiltin*}() {
    assert poseidon_ptr.input.s0 = 1;
    assert poseidon_ptr.input.s2 = 3;
    assert poseidon_ptr.output.s0 = 3;
    assert poseidon_ptr.output.s1 = 3;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    return ();
}
