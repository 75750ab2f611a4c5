// FLAGS: --layout small --print_output --debug_error
%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

// The result is written before the inputs: checked at the end of the run.
func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.result = 5;
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr.y = 3;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return ();
}
