// FLAGS: --proof_mode --layout plain --no_end --steps 6 --print_info --air_public_input {air_public_input}
// --no_end: no return values, no finalized segments, no public memory but the program's.
func main() {
    [ap] = 1, ap++;
    jmp rel 0;
}
