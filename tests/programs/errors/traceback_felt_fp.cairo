// A Cairo traceback walked from an integer fp through integer frames and an integer call pc.
func get_ret_pc() {
    [ap] = [fp - 1], ap++;
    ret;
}

func helper() {
    ret;
}

func main() {
    tempvar p: felt* = cast(0, felt*);
    assert [p + 3] = 77;
    assert [p + 4] = 102;
    assert [p + 100] = 0x1084800180018000;  // call abs 200
    assert [p + 101] = 200;
    call get_ret_pc;
    [ap] = 5;
    [ap + 1] = [ap - 1] + 6;
    dw 0x1104800180038002;  // call rel, frame at ap + 2
    dw -21;
    ap += 2;
    [ap] = [fp - 10], ap++;
    ret;
}
