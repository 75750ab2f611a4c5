// Repeated squaring far past the prime: every product wraps.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func square_n(x, n) -> felt {
    if (n == 0) {
        return x;
    }
    return square_n(x * x, n - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let a = square_n(3, 10);
    local a = a;
    let b = square_n(123456789123456789, 20);
    local b = b;
    let c = square_n(-7, 9);
    tempvar d = a * b - c;
    serialize_word(a);
    serialize_word(b);
    serialize_word(c);
    serialize_word(d);
    return ();
}
