// serialize_word with the output builtin: a few words in order.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(1);
    serialize_word(22);
    serialize_word(333);
    serialize_word(0);
    return ();
}
