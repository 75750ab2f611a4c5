%builtins output keccak
from starkware.cairo.common.cairo_builtins import KeccakBuiltin
from starkware.cairo.common.keccak_state import KeccakBuiltinState

func main{output_ptr: felt*, keccak_ptr: KeccakBuiltin*}() {
    assert keccak_ptr.input = KeccakBuiltinState(1, 2, cast(output_ptr, felt), 2 ** 200, 5, 6, 7, 8);
    assert [output_ptr] = keccak_ptr.output.s0;
    assert [output_ptr + 1] = keccak_ptr.output.s3;
    assert [output_ptr + 2] = keccak_ptr.output.s7;
    let output_ptr = output_ptr + 3;
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;
    return ();
}
