%builtins output ecdsa
from starkware.cairo.common.cairo_builtins import SignatureBuiltin

func main{output_ptr: felt*, ecdsa_ptr: SignatureBuiltin*}() {
    assert ecdsa_ptr[1].message = 5678;
    assert ecdsa_ptr[1].pub_key = 1234;
    let ecdsa_ptr = ecdsa_ptr + 2 * SignatureBuiltin.SIZE;
    return ();
}
