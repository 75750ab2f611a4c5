// verify_ecdsa_signature in a program without the ecdsa builtin: no ecdsa_builtin for its hint.
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import SignatureBuiltin
from starkware.cairo.common.signature import verify_ecdsa_signature

func main() {
    let (p: felt*) = alloc();
    let ecdsa_ptr = cast(p, SignatureBuiltin*);
    verify_ecdsa_signature{ecdsa_ptr=ecdsa_ptr}(message=1, public_key=2, signature_r=3, signature_s=4);
    return ();
}
