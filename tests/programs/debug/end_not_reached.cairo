// FLAGS: --layout small --print_output --print_info --debug_error --steps 6
// --debug_error with a step limit hit before the end.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    tempvar a = 2;
    tempvar b = a * a;
    tempvar c = b * b;
    tempvar d = c * c;
    tempvar e = d * d;
    tempvar f = e * e;
    tempvar g = f * f;
    tempvar h = g * g;
    serialize_word(h);
    return ();
}
