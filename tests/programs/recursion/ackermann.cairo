// The Ackermann function for small arguments.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func ackermann(m, n) -> felt {
    if (m == 0) {
        return n + 1;
    }
    if (n == 0) {
        return ackermann(m - 1, 1);
    }
    let inner = ackermann(m, n - 1);
    return ackermann(m - 1, inner);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let a = ackermann(2, 3);
    local a = a;
    let b = ackermann(3, 3);
    serialize_word(a);
    serialize_word(b);
    return ();
}
