// Writing past the end of the program segment passes the run, then fails the security check
// (an uncaught Python exception in cairo-run: only the last line of stderr is compared).
func main() {
    call rel 2;
    tempvar p: felt* = cast([fp - 1] + 100, felt*);
    assert [p] = 5;
    ret;
}
