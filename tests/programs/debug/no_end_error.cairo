// FLAGS: --print_info --debug_error --no_end --steps 100
// --debug_error --no_end with an error: the report is printed, then the security check fails.
func main() {
    tempvar a = 3;
    tempvar b = a * a;
    assert b = 10;
    return ();
}
