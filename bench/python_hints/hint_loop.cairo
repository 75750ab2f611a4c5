// N iterations of a loop whose body runs one trivial Python hint (HINT_LINE is replaced by
// python_hints.py: the hint, or nothing for the baseline).
const N = 1000;

func main() {
    tempvar i = N;
    loop:
    // HINT_LINE
    tempvar i = i - 1;
    jmp loop if i != 0;
    return ();
}
