// REQUIRES: python_hints
// ids writes: a felt* local set to a new segment, then cells written through memory.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local arr: felt*;
    %{
        ids.arr = segments.add()
        for i in range(3):
            memory[ids.arr + i] = (i + 1) * 11
    %}
    assert [output_ptr] = arr[0];
    assert [output_ptr + 1] = arr[1];
    assert [output_ptr + 2] = arr[2];
    let output_ptr = output_ptr + 3;
    return ();
}
