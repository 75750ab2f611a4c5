// REQUIRES: python_hints
// A hint adding two addresses fails with cairo-lang's assertion.
func main() {
    %{ print(ap + fp) %}
    return ();
}
