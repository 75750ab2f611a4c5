// Field division: exact quotients, inverses and quotients computed at run time.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func div(x, y) -> felt {
    return x / y;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local a = 10 / 2;
    local b = 1 / 3;
    local c = -1 / 2;
    let d = div(7, 3);
    local d = d;
    let e = div(d, 7);
    local e = e;
    assert e * 3 = 1;
    let f = div(1, -1);
    serialize_word(a);
    serialize_word(b);
    serialize_word(c);
    serialize_word(d);
    serialize_word(e);
    serialize_word(f);
    return ();
}
