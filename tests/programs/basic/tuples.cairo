// Tuples: construction, indexing, nesting, returning them.
func swap(t: (felt, felt)) -> (felt, felt) {
    return (t[1], t[0]);
}

func main() {
    alloc_locals;
    local t: (felt, felt, felt) = (1, 2, 3);
    let u = swap((t[0], t[2]));
    assert u[0] = 3;
    local nested: ((felt, felt), felt) = ((t[1], u[1]), 9);
    tempvar s = nested[0][0] + nested[0][1] + nested[1];
    assert s = 12;
    return ();
}
