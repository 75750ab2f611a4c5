// cairo_secp ec_mul_by_uint256 on secp256k1: the scalar's nibbles and the precomputed table.
%builtins output range_check
from starkware.cairo.common.cairo_secp.ec import ec_mul_by_uint256
from starkware.cairo.common.cairo_secp.signature import get_generator_point
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func main{output_ptr: felt*, range_check_ptr}() {
    let (g) = get_generator_point();
    let (p) = ec_mul_by_uint256(g, Uint256(low=0x123456789abcdef, high=0));
    serialize_word(p.x.d0);
    serialize_word(p.x.d1);
    serialize_word(p.x.d2);
    serialize_word(p.y.d0);
    return ();
}
