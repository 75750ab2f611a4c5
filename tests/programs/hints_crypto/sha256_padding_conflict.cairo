// cairo_sha256/: finalize_sha256's padding hint writes over a cell the program already set.
%builtins range_check bitwise
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_sha256.sha256_utils import finalize_sha256

func main{range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local start: felt*) = alloc();
    assert start[32 + 16] = 5;
    finalize_sha256(sha256_ptr_start=start, sha256_ptr_end=start + 32);
    return ();
}
