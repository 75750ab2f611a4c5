// REQUIRES: python_hints
// A KeyError raised by a hint.
func main() {
    %{
        table = {'a': 1}
        x = table['b']
    %}
    return ();
}
