// REQUIRES: python_hints
// A failing assert in a multi-line hint: the line of the assert in the .cairo file.
func main() {
    alloc_locals;
    local v = 4;
    %{
        doubled = ids.v * 2
        assert doubled == 10, f"doubled is {doubled}"
    %}
    return ();
}
