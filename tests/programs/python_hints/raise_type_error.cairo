// REQUIRES: python_hints
// A TypeError from adding a string to an int.
func main() {
    alloc_locals;
    local a = 3;
    %{ x = ids.a + 'b' %}
    return ();
}
