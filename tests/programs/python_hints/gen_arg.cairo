// REQUIRES: python_hints
// segments.gen_arg: an int is reduced modulo PRIME, a list becomes a new segment.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local v;
    local p: felt*;
    %{
        ids.v = segments.gen_arg(PRIME + 42)
        ids.p = segments.gen_arg([1, 2, 3, 4])
    %}
    assert [output_ptr] = v;
    assert [output_ptr + 1] = p[0] + p[1] + p[2] + p[3];
    let output_ptr = output_ptr + 2;
    return ();
}
