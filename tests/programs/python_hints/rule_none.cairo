// REQUIRES: python_hints
// A deduction rule returning None: the instruction deduces the cell itself, or reading it fails
// as an unknown cell.
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def small_offsets(vm, addr):
            if addr.offset < 5:
                return addr.offset + 1
            print("no value for", addr)
        vm_add_auto_deduction_rule(ids.seg.segment_index, small_offsets)
    %}
    assert seg[2] = 3;
    assert seg[6] = 42;
    %{ print("seg[6]", memory[ids.seg + 6]) %}
    tempvar x = seg[7];
    return ();
}
