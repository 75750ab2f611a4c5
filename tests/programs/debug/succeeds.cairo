// --debug_error on a run without an error changes nothing.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(5);
    serialize_word(-5);
    return ();
}
