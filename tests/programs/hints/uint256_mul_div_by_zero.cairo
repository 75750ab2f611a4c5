// uint256_mul_div_mod by zero: the hint's divmod fails.
%builtins range_check
from starkware.cairo.common.uint256 import Uint256, uint256_mul_div_mod

func main{range_check_ptr}() {
    let (q_low, q_high, r) = uint256_mul_div_mod(Uint256(3, 0), Uint256(4, 0), Uint256(0, 0));
    return ();
}
