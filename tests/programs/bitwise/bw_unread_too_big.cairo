%builtins output bitwise
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin

// No output is read: the security check runs the rule on the outputs.
func main{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}() {
    assert bitwise_ptr.x = 2 ** 251;
    assert bitwise_ptr.y = 3;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return ();
}
