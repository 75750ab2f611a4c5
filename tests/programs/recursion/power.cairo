// Exponentiation by recursion on the exponent, including a result that wraps the prime.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func power(base, exp) -> felt {
    if (exp == 0) {
        return 1;
    }
    let r = power(base, exp - 1);
    return r * base;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let a = power(3, 40);
    local a = a;
    let b = power(2, 251);
    local b = b;
    let c = power(-2, 300);
    serialize_word(a);
    serialize_word(b);
    serialize_word(c);
    return ();
}
