// Division by a run-time zero: the operand cannot be deduced.
func inverse(x) -> felt {
    return 1 / x;
}

func main() {
    let a = inverse(4);
    let b = inverse(a - a);
    return ();
}
