// ec.cairo's ec_op, ec_mul and chained_ec_op: the builtin computes p + m * q after the hint adds
// a random point seeded by the inputs.
%builtins output ec_op
from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.ec import StarkCurve, chained_ec_op, ec_mul, ec_op
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, ec_op_ptr: EcOpBuiltin*}() {
    alloc_locals;
    let g = EcPoint(x=StarkCurve.GEN_X, y=StarkCurve.GEN_Y);
    let (local r) = ec_op(g, 12345, g);
    let (local t) = ec_mul(987654321, g);
    let (local m: felt*) = alloc();
    assert m[0] = 3;
    assert m[1] = 1000;
    let (local q: EcPoint*) = alloc();
    assert q[0] = g;
    assert q[1] = r;
    let (local c) = chained_ec_op(t, m, q, 2);
    serialize_word(r.x);
    serialize_word(r.y);
    serialize_word(t.x);
    serialize_word(t.y);
    serialize_word(c.x);
    serialize_word(c.y);
    return ();
}
