%builtins output bitwise
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}() {
    assert bitwise_ptr.x = 12;
    assert bitwise_ptr.y = 10;
    serialize_word(bitwise_ptr.x_and_y);
    serialize_word(bitwise_ptr.x_xor_y);
    serialize_word(bitwise_ptr.x_or_y);
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return ();
}
