// A failure at the bottom of a 40-deep recursion: a long Cairo traceback.
func countdown(n) {
    if (n == 0) {
        assert n = 1;
        return ();
    }
    countdown(n - 1);
    return ();
}

func main() {
    countdown(40);
    return ();
}
