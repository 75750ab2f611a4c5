// verify_zero on a value that is not 0 modulo SECP_P.
%builtins range_check
from starkware.cairo.common.cairo_secp.bigint3 import UnreducedBigInt3
from starkware.cairo.common.cairo_secp.field import verify_zero

func main{range_check_ptr}() {
    verify_zero(UnreducedBigInt3(d0=1, d1=-2, d2=3));
    return ();
}
