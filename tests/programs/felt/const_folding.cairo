// Compile-time arithmetic that wraps (the compiler folds it) next to the same at run time.
%builtins output
from starkware.cairo.common.serialize import serialize_word

const BIG = 2 ** 250;
const FOLDED = BIG * 8 + 5;

func main{output_ptr: felt*}() {
    serialize_word(FOLDED);
    tempvar big = BIG;
    tempvar eight = 8;
    tempvar runtime = big * eight + 5;
    assert runtime = FOLDED;
    serialize_word(runtime);
    serialize_word(BIG / 3);
    return ();
}
