// REQUIRES: python_hints
// After relocate_segment the pointer src reads as dest + 2, whose cells are unknown until the end
// of the run.
%builtins output
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local src: felt*;
    %{ ids.src = segments.add_temp_segment() %}
    assert src[0] = 5;
    assert src[1] = cast(src + 3, felt);
    assert src[3] = 7;
    let (holder: felt**) = alloc();
    assert holder[0] = src + 1;
    let (dest: felt*) = alloc();
    assert dest[0] = 100;
    assert dest[1] = 101;
    relocate_segment(src_ptr=src, dest_ptr=dest + 2);
    // Written raw by a hint after the rule: stored relocated.
    %{ memory[ids.holder + 1] = ids.src + 4 %}
    let first = holder[0];
    serialize_word(first - dest);
    let second = holder[1];
    serialize_word(second - dest);
    serialize_word(src[0]);
    let inner = cast(src[1], felt*);
    serialize_word(inner - dest);
    return ();
}
