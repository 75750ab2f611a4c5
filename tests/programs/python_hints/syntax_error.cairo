// REQUIRES: python_hints
// A hint that does not compile: reported at load, before any step.
func main() {
    %{
        x = 1
        y = = 2
    %}
    return ();
}
