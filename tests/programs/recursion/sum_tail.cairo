// Tail-recursive accumulation versus non-tail recursion over the same range.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func sum_acc(n, acc) -> felt {
    if (n == 0) {
        return acc;
    }
    return sum_acc(n - 1, acc + n * n);
}

func sum_rec(n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum_rec(n - 1);
    return rest + n * n;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let a = sum_acc(300, 0);
    local a = a;
    let b = sum_rec(300);
    assert a = b;
    serialize_word(a);
    return ();
}
