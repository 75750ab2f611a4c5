// Code written at integer addresses and run there: a call from pc 100 to pc 200.
func main() {
    tempvar p: felt* = cast(100, felt*);
    assert [p] = 0x1084800180018000;
    assert [p + 1] = 200;
    call abs 100;
    ret;
}
