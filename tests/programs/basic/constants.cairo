// Named constants and compile-time expressions.
const A = 12;
const B = A * A + 1;
const C = B - 2 * A;

func main() {
    tempvar x = C;
    assert x = 121;
    tempvar y = x * A + B;
    assert y = 1597;
    return ();
}
