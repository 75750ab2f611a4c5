// FLAGS: --proof_mode --layout recursive --debug_error --print_info
// A failing run with --debug_error: the run is not ended, so its return values cannot be read.
func main() {
    assert 1 = 2;
    return ();
}
