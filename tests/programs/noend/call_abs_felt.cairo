// FLAGS: --print_info --print_memory --no_end --steps 1
// call abs to a plain number, stopped right after: the run ends with pc = 7.
func main() {
    call abs 7;
    ret;
}
