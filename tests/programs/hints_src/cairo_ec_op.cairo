// cairo_ec_op: p + m * q computed in Cairo (a random point s keeps the additions apart), and
// ec_mul_cairo.
%builtins output
from starkware.cairo.common.cairo_ec_op.ec_op import cairo_ec_op, ec_mul_cairo
from starkware.cairo.common.ec import StarkCurve, ec_double
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    let g = EcPoint(x=StarkCurve.GEN_X, y=StarkCurve.GEN_Y);
    let (g2) = ec_double(g);
    let (r) = cairo_ec_op(p=g2, m=12345, q=g);
    serialize_word(r.x);
    serialize_word(r.y);
    let (t) = ec_mul_cairo(m=7, p=g);
    serialize_word(t.x);
    return ();
}
