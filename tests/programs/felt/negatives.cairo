// Negative constants, negation and subtraction that wraps below zero.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    tempvar a = 5;
    tempvar b = a - 12;
    serialize_word(b);
    tempvar c = -b;
    serialize_word(c);
    tempvar d = b * b;
    serialize_word(d);
    tempvar e = b * c;
    serialize_word(e);
    tempvar f = 0 - 1000000000000000000000;
    serialize_word(f);
    serialize_word(-3618502788666131213697322783095070105623107215331596699973092056135872020480);
    return ();
}
