// call writes the new frame at ap: a cell already written there makes the call fail.
func g() {
    ret;
}

func main() {
    [fp + 2] = 9;
    [ap] = 1, ap++;
    ap += 1;
    call g;
    ret;
}
