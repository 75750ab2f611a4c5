// REQUIRES: python_hints
// A hint writing another value over a known cell through segments.memory (the memory under the
// validated one): cairo-lang's InconsistentMemoryError from its MemoryDict, with its frames.
func main() {
    alloc_locals;
    local x = 5;
    %{ segments.memory[fp] = 6 %}
    assert x = 5;
    return ();
}
