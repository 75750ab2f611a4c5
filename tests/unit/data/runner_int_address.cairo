// Integer addresses 6, 5, 0 and -1 (P - 1) written in this order; end_run then fails.
func main() {
    tempvar p: felt* = cast(5, felt*);
    assert [p + 1] = 61;
    assert [p] = 50;
    assert [p - 5] = 1;
    assert [p - 6] = 2;
    ret;
}
