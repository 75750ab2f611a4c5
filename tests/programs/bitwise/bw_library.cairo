%builtins output bitwise
from starkware.cairo.common.bitwise import bitwise_and, bitwise_xor, bitwise_or, bitwise_operations
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}() {
    let (a) = bitwise_and(0xff00ff00, 0x0ff00ff0);
    serialize_word(a);
    let (b) = bitwise_xor(2 ** 250 + 7, 2 ** 249 + 5);
    serialize_word(b);
    let (c) = bitwise_or(2 ** 251 - 1, 0);
    serialize_word(c);
    let (d, e, f) = bitwise_operations(123456789, 987654321);
    serialize_word(d);
    serialize_word(e);
    serialize_word(f);
    return ();
}
