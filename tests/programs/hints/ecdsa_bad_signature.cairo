// verify_ecdsa_signature with a signature of another message: the builtin's rule rejects it.
%builtins ecdsa
from starkware.cairo.common.cairo_builtins import SignatureBuiltin
from starkware.cairo.common.signature import verify_ecdsa_signature

func main{ecdsa_ptr: SignatureBuiltin*}() {
    verify_ecdsa_signature(
        message=2,
        public_key=0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26,
        signature_r=0x58dad421bfe4b1fac5db66096ac3ff767652ffd3d9947221f5ae0312fd90523,
        signature_s=0x1d8d81ee4d95d9eeb1bfb511accf25991246ebc4a7683c4e6ff6241d3552574,
    );
    return ();
}
