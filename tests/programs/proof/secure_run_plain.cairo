// FLAGS: --proof_mode --layout plain --secure_run --print_info
// --secure_run in proof mode passes when the layout has no builtin left without a stop pointer.
func main() {
    [ap] = 7, ap++;
    return ();
}
