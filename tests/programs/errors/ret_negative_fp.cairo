// ret with -1 in [fp - 2]: the run ends with fp = P - 1, which the binary trace cannot hold.
func get_ret_pc() {
    [ap] = [fp - 1], ap++;
    ret;
}

func helper() {
    ret;
}

func main() {
    [ap] = [fp - 1], ap++;  // the end pc
    call get_ret_pc;  // [ap - 1] = the pc after this call
    [ap] = -1;
    [ap + 1] = [ap - 1] + 6;  // the return pc: just after the next call
    dw 0x1104800180038002;  // call rel, frame at ap + 2
    dw -8;  // to helper, whose ret takes fp from [ap] above
    dw 0x907ffa7fff7fff;  // jmp abs [ap - 6], with dst and op0 at [ap - 1]
}
