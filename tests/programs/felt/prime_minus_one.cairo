// P - 1 written in several ways; P - 1 + 1 wraps to 0.
%builtins output
from starkware.cairo.common.serialize import serialize_word

const P_MINUS_1 = 3618502788666131213697322783095070105623107215331596699973092056135872020480;

func main{output_ptr: felt*}() {
    tempvar a = P_MINUS_1;
    tempvar b = -1;
    assert a = b;
    tempvar c = a + 1;
    assert c = 0;
    tempvar d = a * a;
    assert d = 1;
    serialize_word(a);
    serialize_word(c);
    serialize_word(d);
    return ();
}
