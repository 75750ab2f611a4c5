// simulate_builtin_ec_op_with_cairo with p = q: the first addition would add two points with the
// same x ("ec_op failed.").
from starkware.cairo.common.cairo_ec_op.ec_op import simulate_builtin_ec_op_with_cairo
from starkware.cairo.common.ec import StarkCurve
from starkware.cairo.common.ec_point import EcPoint

func main() {
    let g = EcPoint(x=StarkCurve.GEN_X, y=StarkCurve.GEN_Y);
    simulate_builtin_ec_op_with_cairo(p=g, m=1, q=g);
    return ();
}
