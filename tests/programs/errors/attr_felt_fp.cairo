// An error_message attribute evaluated with an integer fp: x = [fp - 3] is read at address 2.
func get_ret_pc() {
    [ap] = [fp - 1], ap++;
    ret;
}

func helper() {
    ret;
}

func g(x) {
    tempvar p: felt* = cast(0, felt*);
    assert [p + 2] = 42;
    with_attr error_message("x={x}") {
        call get_ret_pc;
        [ap] = 5;
        [ap + 1] = [ap - 1] + 6;
        dw 0x1104800180038002;  // call rel, frame at ap + 2
        dw -12;
        ap += 2;
    }
    ret;
}

func main() {
    g(7);
    ret;
}
