// Relative jumps at integer pcs: by an immediate, then by a felt to below zero (modulo P).
func main() {
    tempvar p: felt* = cast(100, felt*);
    assert [p] = 0x10780017fff7fff;  // jmp rel 5
    assert [p + 1] = 5;
    assert [p + 5] = 0x1137fff7fff7fff;  // jmp rel [ap - 1]
    [ap] = -110, ap++;
    jmp abs 100;
}
