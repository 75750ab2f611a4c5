// Several return points in one function.
func pick(x, y) -> felt {
    if (x == y) {
        return 0;
    }
    if (x == 3) {
        return y;
    }
    tempvar z = x + y;
    if (z == 10) {
        return z * 2;
    }
    return z;
}

func main() {
    alloc_locals;
    let a = pick(4, 4);
    local a = a;
    let b = pick(3, 9);
    local b = b;
    let c = pick(6, 4);
    local c = c;
    let d = pick(1, 2);
    assert a + b + c + d = 32;
    return ();
}
