// chained_ec_op with a pointer for len: the hint's "Invalid value for len".
%builtins ec_op
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.ec import StarkCurve, chained_ec_op
from starkware.cairo.common.ec_point import EcPoint

func main{ec_op_ptr: EcOpBuiltin*}() {
    alloc_locals;
    let (m: felt*) = alloc();
    let (q: EcPoint*) = alloc();
    chained_ec_op(p=EcPoint(x=StarkCurve.GEN_X, y=StarkCurve.GEN_Y), m=m, q=q, len=cast(m, felt));
    return ();
}
