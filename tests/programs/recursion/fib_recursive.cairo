// Doubly recursive Fibonacci numbers.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func fib(n) -> felt {
    alloc_locals;
    if (n == 0) {
        return 0;
    }
    if (n == 1) {
        return 1;
    }
    let a = fib(n - 1);
    local a = a;
    let b = fib(n - 2);
    return a + b;
}

func main{output_ptr: felt*}() {
    let f = fib(16);
    serialize_word(f);
    return ();
}
