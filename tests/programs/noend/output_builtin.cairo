// FLAGS: --layout small --print_output --print_info --no_end --steps 10
// --no_end with the output builtin: the builtin's stop pointer is never read, which fails.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(1);
    serialize_word(2);
    serialize_word(3);
    return ();
}
