// REQUIRES: python_hints
// The temporary cell relocated onto a cell that holds another value: relocate_memory's
// InconsistentMemoryError at the end of the run.
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func main() {
    alloc_locals;
    local src: felt*;
    %{ ids.src = segments.add_temp_segment() %}
    assert src[0] = 1;
    assert src[1] = 2;
    let (dest: felt*) = alloc();
    assert dest[1] = 3;
    relocate_segment(src_ptr=src, dest_ptr=dest);
    return ();
}
