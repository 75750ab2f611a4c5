%builtins output pedersen range_check ecdsa
from starkware.cairo.common.cairo_builtins import HashBuiltin, SignatureBuiltin

// The ecdsa builtin passed through untouched, next to a pedersen hash.
func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr, ecdsa_ptr: SignatureBuiltin*}() {
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr.y = 2;
    assert [output_ptr] = pedersen_ptr.result;
    let output_ptr = output_ptr + 1;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return ();
}
