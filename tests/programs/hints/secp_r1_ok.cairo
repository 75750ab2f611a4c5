// secp256r1: doublings, additions, point recovery, is_zero, reduction and assert_165_bit.
%builtins output range_check
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3, SumBigInt3, UnreducedBigInt3
from starkware.cairo.common.cairo_secp.ec_point import EcPoint
from starkware.cairo.common.secp256r1.ec import ec_add, ec_double, try_get_point_from_x
from starkware.cairo.common.secp256r1.field import assert_165_bit, is_zero, reduce
from starkware.cairo.common.registers import get_fp_and_pc
from starkware.cairo.common.serialize import serialize_word

func output_point{output_ptr: felt*}(p: EcPoint) {
    serialize_word(p.x.d0);
    serialize_word(p.x.d1);
    serialize_word(p.x.d2);
    serialize_word(p.y.d0);
    serialize_word(p.y.d1);
    serialize_word(p.y.d2);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    // The generator of secp256r1.
    let g = EcPoint(
        BigInt3(0x2b33a0f4a13945d898c296, 0x1b958e9103c9dc0df604b7, 0x6b17d1f2e12c4247f8bce),
        BigInt3(0x315ececbb6406837bf51f5, 0x2d29f03e7858af38cd5dac, 0x4fe342e2fe1a7f9b8ee7e),
    );
    let (g2) = ec_double(g);
    output_point(g2);
    let (g3) = ec_add(g2, g);
    output_point(g3);
    local recovered: EcPoint;
    let (on_curve) = try_get_point_from_x(x=g3.x, v=0, result=&recovered);
    serialize_word(on_curve);
    output_point(recovered);
    local other: EcPoint;
    let (on_curve) = try_get_point_from_x(x=BigInt3(3, 0, 0), v=1, result=&other);
    serialize_word(on_curve);
    let (z) = is_zero(SumBigInt3(d0=5, d1=0, d2=0));
    serialize_word(z);
    let (z) = is_zero(SumBigInt3(d0=0, d1=0, d2=0));
    serialize_word(z);
    let (r) = reduce(UnreducedBigInt3(d0=-7, d1=2 ** 90, d2=2 ** 100));
    serialize_word(r.d0);
    serialize_word(r.d1);
    serialize_word(r.d2);
    assert_165_bit(2 ** 165 - 1);
    return ();
}
