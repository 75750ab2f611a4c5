%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.x = 0;
    assert pedersen_ptr.y = 0;
    assert pedersen_ptr.result = 1;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return ();
}
