// Output values print as signed integers in (-P/2, P/2).
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(-1);
    serialize_word(-123456789);
    serialize_word(1 / 2);
    serialize_word(1 / 2 - 1);
    serialize_word(2 ** 128);
    serialize_word(-(2 ** 128));
    serialize_word(2 ** 251);
    return ();
}
