// REQUIRES: python_hints
// A deduction rule that fails only on a cell a hint wrote: end_run's verify_auto_deductions runs
// it (an assertion: cairo-run's "Error: ...").
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        memory[ids.seg] = 1
        def rule(vm, addr):
            assert addr.offset != 0, f"cell {addr} is checked at the end"
            return 9
        vm_add_auto_deduction_rule(ids.seg.segment_index, rule)
    %}
    assert seg[1] = 9;
    return ();
}
