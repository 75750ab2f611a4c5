// A recursion stopped half-way: the frames built so far stay in memory.
func down(n) -> felt {
    if (n == 0) {
        return 0;
    }
    let r = down(n - 1);
    return r + n;
}

func main() {
    let r = down(1000);
    [ap] = r, ap++;
    return ();
}
