// FLAGS: --proof_mode --layout plain --print_info --air_public_input {air_public_input}
// Cells skipped by ap count as memory holes that the layout's memory units must fill.
func main() {
    ap += 40;
    [ap] = 1, ap++;
    ap += 100;
    [ap] = 2, ap++;
    return ();
}
