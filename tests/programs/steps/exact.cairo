// A program that ends in exactly 30 steps: --steps 30 is met exactly.
func step(n) -> felt {
    if (n == 0) {
        return 0;
    }
    let r = step(n - 1);
    return r + 2;
}

func main() {
    let r = step(4);
    [ap] = r, ap++;
    [ap] = r, ap++;
    [ap] = r, ap++;
    [ap] = r, ap++;
    return ();
}
