// A tail-recursive loop making 100000 calls to a small function: call/ret heavy.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func mix(x, i) -> felt {
    return x * 31 + i * i + 7;
}

func run(x, i, n) -> felt {
    if (i == n) {
        return x;
    }
    let y = mix(x, i);
    return run(y, i + 1, n);
}

func main{output_ptr: felt*}() {
    let r = run(1, 0, 100000);
    serialize_word(r);
    return ();
}
