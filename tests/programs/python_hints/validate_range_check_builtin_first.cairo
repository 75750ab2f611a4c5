// REQUIRES: python_hints
// A value out of the range_check bound: the builtin's rule fails before a hint's rule runs.
%builtins range_check

func main{range_check_ptr}() {
    %{
        def show(memory, addr):
            print("user rule", addr, memory[addr])
            return {addr}
        vm_add_validation_rule(ids.range_check_ptr.segment_index, show)
    %}
    assert [range_check_ptr] = 5;
    assert [range_check_ptr + 1] = -1;
    let range_check_ptr = range_check_ptr + 2;
    return ();
}
