// REQUIRES: python_hints
// A deduction rule that raises while an instruction reads its segment: the step fails with the
// exception's text.
func read(seg: felt*) -> felt {
    return seg[4];
}

func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def rule(vm, addr):
            if addr.offset == 4:
                raise ValueError(f"no value at {addr}")
            return 0
        vm_add_auto_deduction_rule(ids.seg.segment_index, rule)
    %}
    assert seg[1] = 0;
    let x = read(seg);
    return ();
}
