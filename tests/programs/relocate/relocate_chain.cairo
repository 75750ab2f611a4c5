// REQUIRES: python_hints
// Two temporary segments: the second relocated into the first, the first into a real segment.
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func main() {
    alloc_locals;
    local a: felt*;
    local b: felt*;
    %{
        ids.a = segments.add_temp_segment()
        ids.b = segments.add_temp_segment()
    %}
    assert a[0] = 1;
    assert b[0] = 2;
    assert b[1] = cast(b, felt);
    relocate_segment(src_ptr=b, dest_ptr=a + 1);
    let (dest: felt*) = alloc();
    assert dest[0] = cast(a, felt);
    relocate_segment(src_ptr=a, dest_ptr=dest + 1);
    return ();
}
