// --debug_error does not catch the SecurityError of a write to a plain-number address.
func main() {
    tempvar x = 3;
    tempvar p: felt* = cast(x, felt*);
    assert [p + 1] = 2;
    ret;
}
