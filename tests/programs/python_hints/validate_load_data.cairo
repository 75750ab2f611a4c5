// REQUIRES: python_hints
// segments.load_data, write_arg and segments.memory write to the memory under the validated
// memory, as does a validation rule through the memory it gets: no validation rule sees them, a
// hint's rule nor the range_check builtin's; memory[...] = and instructions do.
%builtins range_check

func main{range_check_ptr}() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def show(memory, addr):
            print("validate", addr, memory[addr])
            if addr.offset == 3:
                memory[addr + 3] = 7
            return set()
        vm_add_validation_rule(ids.seg.segment_index, show)
        segments.write_arg(ids.seg, [1, 2])
        segments.load_data(ids.seg + 2, [3])
        memory[ids.seg + 3] = 4
        segments.write_arg(ids.range_check_ptr, [-1])
        segments.memory[ids.seg + 5] = 6
    %}
    assert seg[4] = 5;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}
