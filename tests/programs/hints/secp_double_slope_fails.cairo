// compute_doubling_slope at a point whose y is 0 modulo SECP_P.
%builtins range_check
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.cairo_secp.ec import compute_doubling_slope
from starkware.cairo.common.cairo_secp.ec_point import EcPoint

func main{range_check_ptr}() {
    compute_doubling_slope(EcPoint(BigInt3(1, 2, 3), BigInt3(0, 0, 0)));
    return ();
}
