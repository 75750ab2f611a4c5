// REQUIRES: python_hints
// FLAGS: --layout starknet --print_output --print_info
// __chained_ec_op_max_len set by the program's hint: chained_ec_op of more points is refused.
%builtins output ec_op
from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.ec import StarkCurve, chained_ec_op
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, ec_op_ptr: EcOpBuiltin*}() {
    alloc_locals;
    let g = EcPoint(x=StarkCurve.GEN_X, y=StarkCurve.GEN_Y);
    let (local m: felt*) = alloc();
    assert m[0] = 3;
    assert m[1] = 5;
    let (local q: EcPoint*) = alloc();
    assert q[0] = g;
    assert q[1] = g;
    %{ __chained_ec_op_max_len = 2 %}
    let (local c) = chained_ec_op(g, m, q, 2);
    serialize_word(c.x);
    %{ __chained_ec_op_max_len = 1 %}
    let (local d) = chained_ec_op(g, m, q, 2);
    return ();
}
