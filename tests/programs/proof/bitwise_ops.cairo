// Bitwise instances: their inputs go to the AIR private input, the diluted pool grows the steps.
%builtins output bitwise
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word

func run{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}(x: felt, n: felt) {
    if (n == 0) {
        return ();
    }
    assert bitwise_ptr.x = x;
    assert bitwise_ptr.y = x * 3 + 1;
    serialize_word(bitwise_ptr.x_xor_y);
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return run(x * 7 + 2, n - 1);
}

func main{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}() {
    run(5, 6);
    return ();
}
