// --debug_error with a failing assert: the error goes to stdout, then cairo-run still fails.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(5);
    tempvar x = 6;
    with_attr error_message("x is {x}") {
        assert x = 7;
    }
    return ();
}
