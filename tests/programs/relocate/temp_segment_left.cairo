// REQUIRES: python_hints
// A temporary segment with cells and no relocation rule: compute_effective_sizes fails.
func main() {
    alloc_locals;
    local src: felt*;
    %{ ids.src = segments.add_temp_segment() %}
    assert src[0] = 1;
    return ();
}
