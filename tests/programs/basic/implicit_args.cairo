// Implicit arguments threaded through calls.
func bump{counter}(by) {
    let counter = counter + by;
    return ();
}

func bump_twice{counter}(by) {
    bump(by);
    bump(by * 2);
    return ();
}

func main() {
    let counter = 1;
    bump_twice{counter=counter}(5);
    bump{counter=counter}(100);
    assert counter = 116;
    return ();
}
