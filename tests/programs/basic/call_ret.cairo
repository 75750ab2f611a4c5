// Functions with arguments and several return values.
func add_mul(a, b) -> (sum: felt, prod: felt) {
    return (sum=a + b, prod=a * b);
}

func square(x) -> felt {
    return x * x;
}

func combine(a, b, c) -> felt {
    let (s, p) = add_mul(a, b);
    let q = square(c);
    return s + p + q;
}

func main() {
    let r = combine(3, 4, 5);
    assert r = 44;
    let (s, p) = add_mul(r, 2);
    [ap] = s + p, ap++;
    ret;
}
