// REQUIRES: python_hints
// A deduction rule raising KeyError in end_run's verify_auto_deductions: cairo-run does not
// catch it.
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        values = {1: 5}
        vm_add_auto_deduction_rule(ids.seg.segment_index, lambda vm, addr, table: table[addr.offset], values)
        memory[ids.seg + 2] = 3
    %}
    assert seg[1] = 5;
    return ();
}
