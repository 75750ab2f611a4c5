// FLAGS: --print_info --print_memory --no_end --steps 3
// --no_end --steps N where step N is exactly the end of the program.
func main() {
    tempvar a = 1;
    tempvar b = a + 1;
    return ();
}
