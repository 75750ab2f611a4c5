// REQUIRES: python_hints
// A validation rule on the range_check segment runs after the builtin's own rule (which reports
// the address validated: rewriting the same value runs no rule); the builtin's error comes first.
%builtins range_check

func check_nn{range_check_ptr}(value) {
    assert [range_check_ptr] = value;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}

func main{range_check_ptr}() {
    %{
        def not_13(memory, addr):
            print("user rule", addr, memory[addr])
            assert memory[addr] != 13, "13 is unlucky"
            return set()
        vm_add_validation_rule(ids.range_check_ptr.segment_index, not_13)
    %}
    check_nn(5);
    check_nn(8);
    %{
        memory[ids.range_check_ptr - 1] = 8
        print("rewritten")
    %}
    check_nn(13);
    return ();
}
