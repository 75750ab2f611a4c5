// FLAGS: --proof_mode --layout plain --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// Proof mode on the plain layout: no builtins, steps padded to a power of 2.
func fib(a: felt, b: felt, n: felt) -> felt {
    if (n == 0) {
        return a;
    }
    return fib(b, a + b, n - 1);
}

func main() {
    let x = fib(1, 1, 20);
    assert x = 10946;
    return ();
}
