// REQUIRES: python_hints
// A temporary cell relocated onto a cell written later with the same value: one cell, at the place
// of the first of the two in the memory file.
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func main() {
    alloc_locals;
    local src: felt*;
    %{ ids.src = segments.add_temp_segment() %}
    assert src[0] = 4;
    assert src[1] = 9;
    let (dest: felt*) = alloc();
    relocate_segment(src_ptr=src, dest_ptr=dest);
    assert dest[1] = 9;
    assert dest[2] = 10;
    return ();
}
