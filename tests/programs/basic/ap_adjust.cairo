// ap += N leaves cells unwritten; raw [ap] = ..., ap++ fills the stack.
func main() {
    [ap] = 1, ap++;
    [ap] = 2, ap++;
    ap += 3;
    [ap] = [ap - 5] + [ap - 4], ap++;
    [ap] = [ap - 1] * 10, ap++;
    ap += 1;
    [ap] = 30, ap++;
    [ap - 1] = [ap - 3];
    ret;
}
