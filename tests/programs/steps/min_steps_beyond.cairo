// FLAGS: --print_info --relocate_prints --min_steps 1000
// --min_steps beyond the end of the program: cairo-run cannot run past the end.
func main() {
    tempvar a = 2;
    tempvar b = a * a;
    return ();
}
