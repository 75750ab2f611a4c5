// REQUIRES: python_hints
// The static locals: fdiv, fmul, fpow, fsqrt, safe_div, to_felt_or_relocatable.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local a;
    local b;
    local c;
    local d;
    %{
        ids.a = fmul(fdiv(10, 4), 4)
        ids.b = fpow(3, PRIME - 1)
        ids.c = fsqrt(49)
        ids.d = safe_div(84, 4) + to_felt_or_relocatable(1)
    %}
    assert [output_ptr] = a;
    assert [output_ptr + 1] = b;
    assert [output_ptr + 2] = c;
    assert [output_ptr + 3] = d;
    let output_ptr = output_ptr + 4;
    return ();
}
