// A conditional jump at an integer pc by a relocatable amount: pc becomes relocatable again.
func main() {
    tempvar p: felt* = cast(100, felt*);
    assert [p] = 0x2127fff7fff7ffe;  // jmp rel [ap - 1] if [ap - 2] != 0
    [ap] = 1, ap++;
    [ap] = [fp - 1], ap++;
    jmp abs 100;
}
