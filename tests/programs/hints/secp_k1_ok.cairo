// cairo_secp on secp256k1: field reduction, point recovery, slopes, additions, doublings,
// negation, division modulo N and the BigInt3/Uint256 conversions.
%builtins output range_check
from starkware.cairo.common.cairo_secp.bigint import bigint_to_uint256, uint256_to_bigint
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3, UnreducedBigInt3
from starkware.cairo.common.cairo_secp.ec import ec_add, ec_double, ec_negate
from starkware.cairo.common.cairo_secp.ec_point import EcPoint
from starkware.cairo.common.cairo_secp.field import reduce, verify_zero
from starkware.cairo.common.cairo_secp.signature import (
    div_mod_n, get_generator_point, get_point_from_x, try_get_point_from_x)
from starkware.cairo.common.registers import get_fp_and_pc
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func output_bigint{output_ptr: felt*}(x: BigInt3) {
    serialize_word(x.d0);
    serialize_word(x.d1);
    serialize_word(x.d2);
    return ();
}

func output_point{output_ptr: felt*}(p: EcPoint) {
    output_bigint(p.x);
    output_bigint(p.y);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    let (g) = get_generator_point();
    let (g2) = ec_double(g);
    output_point(g2);
    let (g3) = ec_add(g, g2);
    output_point(g3);
    let (g4) = ec_add(g2, g2);
    output_point(g4);
    let (neg) = ec_negate(g);
    output_point(neg);
    let (zero) = ec_add(g, neg);
    output_point(zero);
    let (p) = get_point_from_x(x=g3.x, v=1);
    output_point(p);
    local result: EcPoint;
    let (on_curve) = try_get_point_from_x(x=BigInt3(5, 0, 0), v=0, result=&result);
    serialize_word(on_curve);
    let (reduced) = reduce(UnreducedBigInt3(d0=-1, d1=2 ** 100, d2=-(2 ** 90)));
    output_bigint(reduced);
    let (q) = div_mod_n(BigInt3(7, 11, 13), BigInt3(3, 5, 2 ** 80));
    output_bigint(q);
    let (u) = bigint_to_uint256(g.x);
    serialize_word(u.low);
    serialize_word(u.high);
    let (b) = uint256_to_bigint(Uint256(low=2 ** 128 - 1, high=12345));
    output_bigint(b);
    verify_zero(UnreducedBigInt3(d0=0, d1=0, d2=0));
    return ();
}
