// An integer address written, then read back by a failing assert.
func main() {
    tempvar p: felt* = cast(8, felt*);
    assert [p + 1] = 2;
    assert [p + 1] = 3;
    ret;
}
