// div_mod_n by a multiple of N: div_mod finds no inverse.
%builtins range_check
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.cairo_secp.signature import div_mod_n

func main{range_check_ptr}() {
    div_mod_n(BigInt3(1, 2, 3), BigInt3(0, 0, 0));
    return ();
}
