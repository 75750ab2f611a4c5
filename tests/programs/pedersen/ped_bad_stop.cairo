%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr.y = 2;
    assert [output_ptr] = pedersen_ptr.result;
    let output_ptr = output_ptr + 1;
    let pedersen_ptr = pedersen_ptr + 2;
    return ();
}
