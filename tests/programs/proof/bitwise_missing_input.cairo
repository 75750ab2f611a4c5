// An instance with its second input only: the AIR private input cannot list it (proof mode has
// no secure-run check to catch it first).
%builtins bitwise
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin

func main{bitwise_ptr: BitwiseBuiltin*}() {
    assert bitwise_ptr.y = 3;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return ();
}
