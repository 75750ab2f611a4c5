// REQUIRES: python_hints
// A validation rule returning other addresses: later writes there run no rule.
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def block(memory, addr):
            print("validate", addr)
            return {addr, addr + 1, addr + 2}
        vm_add_validation_rule(ids.seg.segment_index, block)
    %}
    assert seg[0] = 1;
    assert seg[1] = 2;
    assert seg[2] = 3;
    assert seg[3] = 4;
    %{
        memory[ids.seg + 4] = 5
        memory[ids.seg + 5] = 6
        memory[ids.seg + 3] = 4
    %}
    return ();
}
