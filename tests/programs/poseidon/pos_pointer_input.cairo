%builtins output poseidon
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin

func main{output_ptr: felt*, poseidon_ptr: PoseidonBuiltin*}() {
    assert poseidon_ptr.input.s0 = 1;
    assert poseidon_ptr.input.s1 = 2;
    assert poseidon_ptr.input.s2 = cast(output_ptr, felt);
    assert [output_ptr] = poseidon_ptr.output.s1;
    let output_ptr = output_ptr + 1;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    return ();
}
