// A callback called through call abs: apply f three times.
from starkware.cairo.common.registers import get_label_location

func double(x) -> felt {
    return x + x;
}

func inc(x) -> felt {
    return x + 1;
}

func apply3(f: felt*, x) -> felt {
    [ap] = x, ap++;
    call abs f;
    call abs f;
    call abs f;
    return [ap - 1];
}

func main() {
    alloc_locals;
    let (d: felt*) = get_label_location(double);
    local d: felt* = d;
    let (i: felt*) = get_label_location(inc);
    let a = apply3(d, 3);
    let b = apply3(i, a);
    assert b = 27;
    return ();
}
