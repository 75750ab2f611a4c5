%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

// The result is never read: the security check runs the rule.
func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr.y = 2;
    assert pedersen_ptr[1].x = cast(output_ptr, felt);
    assert pedersen_ptr[1].y = 2;
    let pedersen_ptr = pedersen_ptr + 2 * HashBuiltin.SIZE;
    return ();
}
