// REQUIRES: python_hints
// A rule's negative value: written reduced modulo P, but end_run compares the cell with the
// rule's own value, which differs.
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        vm_add_auto_deduction_rule(ids.seg.segment_index, lambda vm, addr: addr.offset - 10)
    %}
    tempvar x = seg[3];
    assert x + 7 = 0;
    return ();
}
