// The program ends before --steps: cairo-run cannot run past the end, even with --no_end.
func main() {
    tempvar a = 1;
    tempvar b = a + 1;
    return ();
}
