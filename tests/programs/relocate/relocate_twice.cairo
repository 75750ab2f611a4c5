// REQUIRES: python_hints
// relocate_segment twice with the same src: src now reads as dest, a real segment
// ("src_ptr.segment_index must be < 0").
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func main() {
    alloc_locals;
    local src: felt*;
    %{ ids.src = segments.add_temp_segment() %}
    let (dest: felt*) = alloc();
    relocate_segment(src_ptr=src, dest_ptr=dest);
    relocate_segment(src_ptr=src, dest_ptr=dest);
    return ();
}
