// Mutual recursion: is_even and is_odd call each other.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func is_even(n) -> felt {
    if (n == 0) {
        return 1;
    }
    return is_odd(n - 1);
}

func is_odd(n) -> felt {
    if (n == 0) {
        return 0;
    }
    return is_even(n - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let a = is_even(101);
    local a = a;
    let b = is_odd(101);
    local b = b;
    let c = is_even(250);
    serialize_word(a);
    serialize_word(b);
    serialize_word(c);
    return ();
}
