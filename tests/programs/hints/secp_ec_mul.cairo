// cairo_secp ec_mul (double-and-add over the three limbs of a BigInt3 scalar).
%builtins output range_check
from starkware.cairo.common.cairo_secp.bigint import BigInt3
from starkware.cairo.common.cairo_secp.ec import ec_mul
from starkware.cairo.common.cairo_secp.signature import get_generator_point
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    let (g) = get_generator_point();
    let (p) = ec_mul(g, BigInt3(d0=0x2d, d1=0x1, d2=0));
    serialize_word(p.x.d0);
    serialize_word(p.x.d1);
    serialize_word(p.x.d2);
    serialize_word(p.y.d0);
    return ();
}
