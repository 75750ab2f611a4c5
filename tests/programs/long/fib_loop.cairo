// Fibonacci mod P by a raw jmp loop: 2^18 iterations of 4 instructions (over a million steps).
%builtins output
from starkware.cairo.common.serialize import serialize_word

func fib_loop(n) -> felt {
    [ap] = 0, ap++;  // a
    [ap] = 1, ap++;  // b
    [ap] = n, ap++;  // iterations left

    loop:
    [ap] = [ap - 2], ap++;  // a' = b
    [ap] = [ap - 4] + [ap - 3], ap++;  // b' = a + b
    [ap] = [ap - 3] - 1, ap++;  // n' = n - 1
    jmp loop if [ap - 1] != 0;

    [ap] = [ap - 3], ap++;
    ret;
}

func main{output_ptr: felt*}() {
    let f = fib_loop(262144);
    serialize_word(f);
    return ();
}
