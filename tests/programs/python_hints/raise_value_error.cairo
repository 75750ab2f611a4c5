// REQUIRES: python_hints
// A hint raising an exception, two calls deep: the hint's location, the Cairo traceback and the
// Python traceback.
func check(x) {
    %{
        if ids.x > 2:
            raise ValueError(f"x is too large: {ids.x}")
    %}
    return ();
}

func main() {
    check(1);
    check(5);
    return ();
}
