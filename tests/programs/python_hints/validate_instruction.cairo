// REQUIRES: python_hints
// A validation rule on a new segment: each value an instruction writes is checked (the rule
// reads it from memory); a bad one fails the step with the assertion's text.
func fill(seg: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    assert seg[0] = n * 30;
    return fill(seg + 1, n - 1);
}

func main() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def below(memory, addr, bound):
            value = memory[addr]
            print("validate", addr, value)
            assert value < bound, f"{value} at {addr} is not below {bound}"
            return {addr}
        vm_add_validation_rule(ids.seg.segment_index, below, 100)
    %}
    fill(seg, 5);
    return ();
}
