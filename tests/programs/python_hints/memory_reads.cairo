// REQUIRES: python_hints
// Memory reads from a hint: ap/fp-relative cells, memory.get, `in memory`.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local x = 21;
    local y;
    local z;
    %{
        ids.y = memory[fp] * 2
        ids.z = (memory.get(fp + 1000, -5) == -5) + 10 * ((fp + 1000) in memory) + 100 * (fp in memory)
    %}
    assert [output_ptr] = x;
    assert [output_ptr + 1] = y;
    assert [output_ptr + 2] = z;
    let output_ptr = output_ptr + 3;
    return ();
}
