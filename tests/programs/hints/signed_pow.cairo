// signed_pow with a negative exponent (the base is checked non-zero by a hint).
%builtins output range_check
from starkware.cairo.common.pow import signed_pow
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let r = signed_pow(3, -2);
    local r2 = r;
    serialize_word(r2 * 9);
    let s = signed_pow(-2, 5);
    local s2 = s;
    serialize_word(s2);
    return ();
}
