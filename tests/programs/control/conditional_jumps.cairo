// jmp ... if [ap - 1] != 0 taken and not taken, with labels.
func main() {
    [ap] = 0, ap++;
    jmp not_taken if [ap - 1] != 0;
    [ap] = 5, ap++;
    jmp taken if [ap - 1] != 0;
    [ap] = 99, ap++;

    not_taken:
    [ap] = 98, ap++;

    taken:
    [ap] = -1, ap++;
    jmp done if [fp] != 0, ap++;

    done:
    [ap] = [ap - 2] + 1, ap++;
    ret;
}
