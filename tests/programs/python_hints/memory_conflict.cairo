// REQUIRES: python_hints
// A hint writing another value over a known cell: cairo-lang's InconsistentMemoryError, raised
// through its ValidatedMemoryDict and MemoryDict (their frames in the traceback).
func main() {
    alloc_locals;
    local x = 5;
    %{
        y = 2
        memory[fp] = y * 3
    %}
    assert x = 5;
    return ();
}
