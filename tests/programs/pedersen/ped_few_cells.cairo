%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr[1].x = 1;
    assert pedersen_ptr[1].y = 1;
    let pedersen_ptr = pedersen_ptr + 2 * HashBuiltin.SIZE;
    return ();
}
