// REQUIRES: python_hints
// Reading an unknown memory cell from a hint.
func main() {
    %{ x = memory[ap + 100] %}
    return ();
}
