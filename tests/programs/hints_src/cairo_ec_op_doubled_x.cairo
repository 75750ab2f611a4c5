// simulate_builtin_ec_op_with_cairo with p = 2q and an even m: the doubled point meets p's x
// after the first doubling ("ec_op failed.", the second check).
from starkware.cairo.common.cairo_ec_op.ec_op import simulate_builtin_ec_op_with_cairo
from starkware.cairo.common.ec import StarkCurve, ec_double
from starkware.cairo.common.ec_point import EcPoint

func main() {
    let g = EcPoint(x=StarkCurve.GEN_X, y=StarkCurve.GEN_Y);
    let (g2) = ec_double(g);
    simulate_builtin_ec_op_with_cairo(p=g2, m=2, q=g);
    return ();
}
