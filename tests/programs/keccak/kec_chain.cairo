%builtins output keccak
from starkware.cairo.common.cairo_builtins import KeccakBuiltin
from starkware.cairo.common.keccak_state import KeccakBuiltinState
from starkware.cairo.common.registers import get_fp_and_pc

// Keccak-f1600 applied 50 times to the same state.
func chain{keccak_ptr: KeccakBuiltin*}(state: KeccakBuiltinState*, n: felt) -> KeccakBuiltinState* {
    if (n == 0) {
        return state;
    }
    assert keccak_ptr.input = [state];
    let out = &keccak_ptr.output;
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;
    return chain(out, n - 1);
}

func main{output_ptr: felt*, keccak_ptr: KeccakBuiltin*}() {
    alloc_locals;
    local start: KeccakBuiltinState = KeccakBuiltinState(1, 2, 3, 4, 5, 6, 7, 8);
    let (__fp__, _) = get_fp_and_pc();
    let end = chain(&start, 50);
    assert [output_ptr] = end.s0;
    assert [output_ptr + 1] = end.s7;
    let output_ptr = output_ptr + 2;
    return ();
}
