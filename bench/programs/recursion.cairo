// Call-heavy recursion: naive recursive Fibonacci, 2 * fib(N + 1) - 1 calls of `fib`.
// bench/compare.py rewrites the `const N` line to size a run.
const N = 25;

func fib(n: felt) -> (res: felt) {
    alloc_locals;
    if (n == 0) {
        return (res=0);
    }
    if (n == 1) {
        return (res=1);
    }
    let (local a) = fib(n - 1);
    let (b) = fib(n - 2);
    return (res=a + b);
}

func main() {
    let (result) = fib(N);
    ret;
}
