%builtins output bitwise
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word

func mix{bitwise_ptr: BitwiseBuiltin*}(acc: felt, n: felt) -> felt {
    if (n == 0) {
        return acc;
    }
    assert bitwise_ptr.x = acc;
    assert bitwise_ptr.y = n * 7919;
    let r = bitwise_ptr.x_xor_y;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return mix(r, n - 1);
}

func main{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}() {
    let r = mix(0x1234567, 40);
    serialize_word(r);
    return ();
}
