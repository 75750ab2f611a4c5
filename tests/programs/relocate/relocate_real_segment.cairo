// REQUIRES: python_hints
// relocate_segment from a real segment: "src_ptr.segment_index must be < 0".
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func main() {
    let (src: felt*) = alloc();
    let (dest: felt*) = alloc();
    relocate_segment(src_ptr=src, dest_ptr=dest);
    return ();
}
