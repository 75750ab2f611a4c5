// Cells skipped with ap += N stay unwritten: the memory dump shows the gaps.
func main() {
    [ap] = 1, ap++;
    ap += 3;
    [ap] = 2, ap++;
    ap += 10;
    [ap] = 3, ap++;
    [ap + 5] = 4;
    ap += 7;
    ret;
}
