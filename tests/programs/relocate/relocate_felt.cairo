// relocate_segment with an integer src_ptr: AttributeError (an int has no segment_index).
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func main() {
    let (dest: felt*) = alloc();
    relocate_segment(src_ptr=cast(5, felt*), dest_ptr=dest);
    return ();
}
