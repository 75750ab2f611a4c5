%builtins output ec_op
from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.ec_point import EcPoint

// The curve generator and the Pedersen shift point.
const GX = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GY = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;
const SX = 0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804;
const SY = 0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a;

func main{output_ptr: felt*, ec_op_ptr: EcOpBuiltin*}() {
    assert ec_op_ptr.p = EcPoint(GX, GY);
    assert ec_op_ptr.q = EcPoint(GX, 3);
    assert ec_op_ptr.m = 5;
    assert [output_ptr] = ec_op_ptr.r.x;
    assert [output_ptr + 1] = ec_op_ptr.r.y;
    let output_ptr = output_ptr + 2;
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    return ();
}
