// alloc, memcpy and memset: segments, loop scopes.
%builtins output
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.memcpy import memcpy
from starkware.cairo.common.memset import memset
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    let (src: felt*) = alloc();
    assert src[0] = 11;
    assert src[1] = 22;
    assert src[2] = 33;
    let (dst: felt*) = alloc();
    memcpy(dst=dst, src=src, len=3);
    memcpy(dst=dst + 3, src=src, len=0);
    memcpy(dst=dst + 3, src=src + 2, len=1);
    let (filled: felt*) = alloc();
    memset(dst=filled, value=7, n=4);
    serialize_word(dst[0]);
    serialize_word(dst[1]);
    serialize_word(dst[2]);
    serialize_word(dst[3]);
    serialize_word(filled[0] + filled[3]);
    return ();
}
