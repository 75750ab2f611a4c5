// Factorials: 20! fits in 64 bits, 70! wraps around the prime.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func factorial(n) -> felt {
    if (n == 0) {
        return 1;
    }
    let r = factorial(n - 1);
    return n * r;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let a = factorial(20);
    local a = a;
    let b = factorial(70);
    serialize_word(a);
    serialize_word(b);
    return ();
}
