// A program for --proof_mode (compiled with cairo-compile --proof_mode).
func main() {
    [ap] = 3, ap++;
    assert [ap - 1] = 3;
    return ();
}
