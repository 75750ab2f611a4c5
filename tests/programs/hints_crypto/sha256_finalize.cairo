// cairo_sha256/: finalize_sha256 on two instances (message, IV, output computed by cairo-lang's
// sha256_utils), padded to a batch of 7 by the hint.
%builtins output range_check bitwise
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_sha256.sha256_utils import finalize_sha256
from starkware.cairo.common.serialize import serialize_word

func write_instance(ptr: felt*, k: felt) {
    write_message(ptr, k, 0);
    assert ptr[16] = 0x6A09E667;
    assert ptr[17] = 0xBB67AE85;
    assert ptr[18] = 0x3C6EF372;
    assert ptr[19] = 0xA54FF53A;
    assert ptr[20] = 0x510E527F;
    assert ptr[21] = 0x9B05688C;
    assert ptr[22] = 0x1F83D9AB;
    assert ptr[23] = 0x5BE0CD19;
    return ();
}

func write_message(ptr: felt*, k: felt, i: felt) {
    if (i == 16) {
        return ();
    }
    assert ptr[i] = i * 0x01020304 + k * 77;
    return write_message(ptr, k, i + 1);
}

func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local start: felt*) = alloc();
    write_instance(start, 0);
    assert start[24] = 1410612197;
    assert start[25] = 2937371354;
    assert start[26] = 2357826056;
    assert start[27] = 1612093304;
    assert start[28] = 1132506048;
    assert start[29] = 498926744;
    assert start[30] = 150209795;
    assert start[31] = 2549827581;
    write_instance(start + 32, 1);
    assert start[56] = 545060456;
    assert start[57] = 4265071114;
    assert start[58] = 2192754937;
    assert start[59] = 1215568625;
    assert start[60] = 31938363;
    assert start[61] = 1615807981;
    assert start[62] = 6735504;
    assert start[63] = 1160984771;
    finalize_sha256(sha256_ptr_start=start, sha256_ptr_end=start + 64);
    // The padding's first output word.
    serialize_word(start[64 + 24]);
    return ();
}
