// A counting loop written with labels and a conditional jump: sums 1..20.
func main() {
    [ap] = 20, ap++;  // counter
    [ap] = 0, ap++;  // sum

    loop:
    [ap] = [ap - 1] + [ap - 2], ap++;  // sum += counter
    [ap] = [ap - 3] - 1, ap++;  // counter -= 1
    [ap] = [ap - 2], ap++;  // move sum up
    [ap] = [ap - 2], ap++;  // move counter up
    jmp loop_continue if [ap - 1] != 0;
    [ap] = [ap - 2], ap++;
    assert [ap - 1] = 210;
    ret;

    loop_continue:
    [ap] = [ap - 1], ap++;
    [ap] = [ap - 3], ap++;
    jmp loop;
}
