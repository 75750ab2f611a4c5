// jmp rel 0 spins on one instruction without touching memory.
func main() {
    [ap] = 7, ap++;
    jmp rel 0;
}
