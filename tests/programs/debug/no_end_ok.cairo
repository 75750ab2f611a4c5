// FLAGS: --print_info --print_memory --relocate_prints --debug_error --no_end --steps 5
// --debug_error --no_end without an error, stopped before the end.
func main() {
    tempvar a = 3;
    tempvar b = a * a;
    tempvar c = b * a;
    tempvar d = c * a;
    tempvar e = d * a;
    tempvar f = e * a;
    return ();
}
