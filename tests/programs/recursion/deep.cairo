// Deep recursion: 20000 nested frames.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func depth(n) -> felt {
    if (n == 0) {
        return 0;
    }
    let d = depth(n - 1);
    return d + 1;
}

func main{output_ptr: felt*}() {
    let d = depth(20000);
    serialize_word(d);
    return ();
}
