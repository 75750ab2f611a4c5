// REQUIRES: python_hints
// segments.write_arg: a list written from a pointer on, with a nested list as a new segment.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local data: felt*;
    local end: felt*;
    %{
        ids.data = segments.add()
        ids.end = segments.write_arg(ids.data, [5, -1, [7, 8]])
    %}
    let inner: felt* = cast(data[2], felt*);
    assert [output_ptr] = data[0];
    assert [output_ptr + 1] = data[1];
    assert [output_ptr + 2] = inner[0] + inner[1];
    assert [output_ptr + 3] = end - data;
    let output_ptr = output_ptr + 4;
    return ();
}
