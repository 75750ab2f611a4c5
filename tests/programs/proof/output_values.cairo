// The output segment is public memory: every value appears in the AIR public input.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(7);
    serialize_word(-1);
    serialize_word(2 ** 200);
    return ();
}
