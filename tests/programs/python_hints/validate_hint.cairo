// REQUIRES: python_hints
// A validation rule fails on a value a hint writes: the rule's exception is the hint's.
func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def even(memory, addr):
            if memory[addr] % 2 != 0:
                raise ValueError(f"odd value {memory[addr]} at {addr}")
            return set()
        vm_add_validation_rule(ids.seg.segment_index, even)
        memory[ids.seg] = 4
        print("4 passed")
    %}
    assert seg[1] = 6;
    %{
        try:
            memory[ids.seg + 2] = 7
        except ValueError as e:
            print("caught:", e)
        memory[ids.seg + 3] = 9
    %}
    return ();
}
