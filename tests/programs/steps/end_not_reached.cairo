// A loop that needs far more steps than --steps allows: "End of program was not reached".
func count(n) -> felt {
    if (n == 0) {
        return 0;
    }
    let r = count(n - 1);
    return r + 1;
}

func main() {
    let r = count(100);
    assert r = 100;
    return ();
}
