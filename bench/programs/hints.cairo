// LAYOUT: starknet
// A hint-dominated loop over the common library: each of the N iterations reads and writes a
// default dict (KEYS keys), allocates a segment, checks with assert_nn / assert_le /
// assert_nn_le, splits with unsigned_div_rem, and runs uint256_add, uint256_mul and
// uint256_unsigned_div_rem; every KECCAK_EVERY-th iteration also hashes a uint256 with
// cairo_keccak. The end squashes the dict (default_dict_finalize: the squash_dict hints, several
// per access) and verifies the keccak instances (finalize_keccak). bench/compare.py rewrites the
// `const N` line.
%builtins output range_check bitwise
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_keccak.keccak import cairo_keccak_uint256s, finalize_keccak
from starkware.cairo.common.default_dict import default_dict_new, default_dict_finalize
from starkware.cairo.common.dict import dict_read, dict_write
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.math import assert_le, assert_nn, assert_nn_le, unsigned_div_rem
from starkware.cairo.common.uint256 import (
    Uint256,
    uint256_add,
    uint256_mul,
    uint256_unsigned_div_rem,
)

const N = 2000;
const KEYS = 64;
const KECCAK_EVERY = 32;

func iterate{
    range_check_ptr, bitwise_ptr: BitwiseBuiltin*, keccak_ptr: felt*, dict_ptr: DictAccess*
}(i: felt, acc: Uint256) -> Uint256 {
    alloc_locals;
    if (i == N) {
        return acc;
    }
    let (_, key) = unsigned_div_rem(i * 7919, KEYS);
    let (local prev) = dict_read(key=key);
    dict_write(key=key, new_value=prev + i);
    assert_nn(prev);
    assert_le(i, N);
    assert_nn_le(key, KEYS - 1);

    let (local cells: Uint256*) = alloc();
    assert cells[0] = Uint256(low=prev + 1, high=i);

    let (sum, _) = uint256_add(acc, cells[0]);
    let (low, _) = uint256_mul(sum, Uint256(low=i + 0x10001, high=0));
    let (quotient, remainder) = uint256_unsigned_div_rem(low, Uint256(low=1000003 + i, high=1));
    let (_, phase) = unsigned_div_rem(i, KECCAK_EVERY);
    if (phase == 0) {
        assert cells[1] = quotient;
        let (hash) = cairo_keccak_uint256s(n_elements=2, elements=cells);
        let (next, _) = uint256_add(hash, remainder);
        return iterate(i + 1, next);
    }
    let (next, _) = uint256_add(quotient, remainder);
    return iterate(i + 1, next);
}

func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local dict_start: DictAccess*) = default_dict_new(default_value=0);
    let (local keccak_start: felt*) = alloc();
    let dict_ptr = dict_start;
    let keccak_ptr = keccak_start;
    let acc = iterate{keccak_ptr=keccak_ptr, dict_ptr=dict_ptr}(0, Uint256(low=1, high=0));
    let (squashed_start, squashed_end) = default_dict_finalize(dict_start, dict_ptr, 0);
    finalize_keccak(keccak_start, keccak_ptr);
    assert output_ptr[0] = acc.low;
    assert output_ptr[1] = acc.high;
    assert output_ptr[2] = (squashed_end - squashed_start) / DictAccess.SIZE;
    let output_ptr = output_ptr + 3;
    return ();
}
