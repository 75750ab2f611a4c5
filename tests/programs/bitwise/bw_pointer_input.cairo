%builtins output bitwise
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin

func main{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}() {
    assert bitwise_ptr.x = 1;
    assert bitwise_ptr.y = cast(output_ptr, felt);
    assert [output_ptr] = bitwise_ptr.x_or_y;
    let output_ptr = output_ptr + 1;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return ();
}
