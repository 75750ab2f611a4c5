// REQUIRES: python_hints
// An IndexError raised two calls deep in functions the hint defines.
func main() {
    %{
        def pick(values, i):
            return values[i]
        def last_but(values, n):
            return pick(values, len(values) + n)
        last_but([1, 2, 3], 1)
    %}
    return ();
}
