// REQUIRES: python_hints
// A validation rule returning None: cairo-lang's `|=` on its set of validated addresses raises
// TypeError.
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def forgetful(memory, addr):
            print("checked", addr)
        vm_add_validation_rule(ids.seg.segment_index, forgetful)
    %}
    assert seg[0] = 1;
    return ();
}
