%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.x = 7;
    assert pedersen_ptr.y = cast(output_ptr, felt);
    assert [output_ptr] = pedersen_ptr.result;
    let output_ptr = output_ptr + 1;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return ();
}
