// REQUIRES: python_hints
// Execution scopes: a hint's variables stay in its scope; vm_enter_scope starts a fresh one.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local a;
    local b;
    local c;
    %{
        x = 7
        ids.a = x * 6
    %}
    %{ vm_enter_scope({'y': x + 1}) %}
    %{
        ids.b = y * 100 + ('x' in globals())
        vm_exit_scope()
    %}
    %{ ids.c = x + ('y' in globals()) %}
    assert [output_ptr] = a;
    assert [output_ptr + 1] = b;
    assert [output_ptr + 2] = c;
    let output_ptr = output_ptr + 3;
    return ();
}
