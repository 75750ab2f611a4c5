// REQUIRES: python_hints
// A cell a hint wrote against the segment's deduction rule: end_run's verify_auto_deductions
// fails (InconsistentAutoDeductionError).
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        vm_add_auto_deduction_rule(ids.seg.segment_index, lambda vm, addr: addr.offset * 2)
        memory[ids.seg + 1] = 5
    %}
    assert seg[0] = 0;
    tempvar x = seg[2];
    return ();
}
