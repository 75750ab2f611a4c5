// Reading a cell that was never written: its value cannot be deduced.
func main() {
    [ap] = 1, ap++;
    ap += 1;
    [ap] = [ap - 1] + [ap - 2], ap++;
    ret;
}
