// REQUIRES: python_hints
// Relocatable arithmetic and comparison in a hint: offsets, differences, ordering.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local start: felt*;
    local r;
    %{
        ids.start = segments.add()
        end = ids.start + 7
        ids.r = (end - ids.start) * 100 + (ids.start < end) * 10 + (end.segment_index == ids.start.segment_index)
    %}
    assert [output_ptr] = r;
    let output_ptr = output_ptr + 1;
    return ();
}
