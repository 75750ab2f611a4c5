// COMPILE_FLAGS:
// Compiled without --proof_mode: there is no __end__ to stop at.
func main() {
    return ();
}
