// An endless counting loop, stopped by --no_end --steps.
func main() {
    [ap] = 0, ap++;

    loop:
    [ap] = [ap - 1] + 1, ap++;
    jmp loop;
}
