// Non-tail recursion 150000 frames deep summing i^3 (over a million steps).
%builtins output
from starkware.cairo.common.serialize import serialize_word

func cubes(n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = cubes(n - 1);
    return rest + n * n * n;
}

func main{output_ptr: felt*}() {
    let s = cubes(150000);
    serialize_word(s);
    return ();
}
