%builtins output ecdsa
from starkware.cairo.common.cairo_builtins import SignatureBuiltin

func main{output_ptr: felt*, ecdsa_ptr: SignatureBuiltin*}() {
    assert ecdsa_ptr.message = cast(ecdsa_ptr, felt);
    assert ecdsa_ptr.pub_key = 1;
    let ecdsa_ptr = ecdsa_ptr + SignatureBuiltin.SIZE;
    return ();
}
