// secp256r1 assert_165_bit on 2**165.
%builtins range_check
from starkware.cairo.common.secp256r1.field import assert_165_bit

func main{range_check_ptr}() {
    assert_165_bit(2 ** 165);
    return ();
}
