// Fibonacci loop without calls, hints or builtins: 4 steps per iteration, 4 * N + 4 steps.
// bench/compare.py rewrites the `const N` line to size a run.
const N = 2500000;

func main() {
    // Loop state on the execution stack: [ap - 3] = a, [ap - 2] = b, [ap - 1] = iterations left.
    [ap] = 0, ap++;
    [ap] = 1, ap++;
    [ap] = N, ap++;

    loop:
    [ap] = [ap - 2], ap++;  // a' = b
    [ap] = [ap - 4] + [ap - 3], ap++;  // b' = a + b (grows past the prime: field additions)
    [ap] = [ap - 3] + (-1), ap++;  // n' = n - 1
    jmp loop if [ap - 1] != 0;

    ret;
}
