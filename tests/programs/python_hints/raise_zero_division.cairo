// REQUIRES: python_hints
// A ZeroDivisionError in a helper function defined by the hint.
func main() {
    %{
        def ratio(a, b):
            return a // b
        ratio(1, 0)
    %}
    return ();
}
