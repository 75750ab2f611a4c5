// REQUIRES: python_hints
// vm_enter_scope with a dict of several variables, nested scopes, exits back to the outer ones
// (a hint keeps the scope it started in until it ends).
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local a;
    local b;
    local c;
    %{ vm_enter_scope({'n': 3, 'items': [4, 5, 6]}) %}
    %{
        vm_enter_scope({'n': n * 10})
        ids.a = n
    %}
    %{
        ids.b = n + ('items' in globals())
        vm_exit_scope()
    %}
    %{
        ids.c = n + sum(items)
        vm_exit_scope()
    %}
    assert [output_ptr] = a;
    assert [output_ptr + 1] = b;
    assert [output_ptr + 2] = c;
    let output_ptr = output_ptr + 3;
    return ();
}
