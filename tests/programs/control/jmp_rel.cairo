// jmp rel over instructions that must not run, forwards and back.
func main() {
    [ap] = 1, ap++;
    jmp rel 4;
    [ap] = 99, ap++;  // Skipped (2 words).
    [ap] = 2, ap++;
    jmp rel 5;
    back:
    [ap] = 4, ap++;
    ret;
    [ap] = 3, ap++;
    jmp back;
}
