// 300 output words written by a recursive loop (squares, some of them wrapping).
%builtins output
from starkware.cairo.common.serialize import serialize_word

func emit{output_ptr: felt*}(i, n) {
    if (i == n) {
        return ();
    }
    serialize_word(i * i * i * i * i * i * 1000000007 - i);
    return emit(i + 1, n);
}

func main{output_ptr: felt*}() {
    emit(0, 300);
    return ();
}
