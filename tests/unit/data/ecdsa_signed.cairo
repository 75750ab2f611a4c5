// One ecdsa instance (public key, message 1); the unit test adds its signature through the runner,
// as the hint in ecdsa_signed_hint.cairo does for cairo-run.
%builtins output ecdsa
from starkware.cairo.common.cairo_builtins import SignatureBuiltin

func main{output_ptr: felt*, ecdsa_ptr: SignatureBuiltin*}() {
    assert ecdsa_ptr.pub_key = 0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26;
    assert ecdsa_ptr.message = 1;
    assert [output_ptr] = ecdsa_ptr.message;
    let output_ptr = output_ptr + 1;
    let ecdsa_ptr = ecdsa_ptr + SignatureBuiltin.SIZE;
    return ();
}
