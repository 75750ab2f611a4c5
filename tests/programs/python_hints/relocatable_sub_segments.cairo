// REQUIRES: python_hints
// A hint subtracting addresses of two segments fails with cairo-lang's assertion.
func main() {
    alloc_locals;
    local other: felt*;
    %{
        ids.other = segments.add()
        print("distance:", ids.other - fp)
    %}
    return ();
}
