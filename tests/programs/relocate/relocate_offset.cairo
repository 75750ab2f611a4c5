// REQUIRES: python_hints
// relocate_segment from inside a temporary segment: "src_ptr.offset must be 0".
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func main() {
    alloc_locals;
    local src: felt*;
    %{ ids.src = segments.add_temp_segment() %}
    let (dest: felt*) = alloc();
    relocate_segment(src_ptr=src + 1, dest_ptr=dest);
    return ();
}
