// Runner fixture: a failure inside a called function, under with_attr.
%builtins output

func square(x) -> felt {
    return x * x;
}

func check(v) {
    with_attr error_message("v must be 7, got {v}") {
        assert v = 7;
    }
    return ();
}

func main{output_ptr: felt*}() {
    let s = square(-3);
    assert [output_ptr] = s;
    assert [output_ptr + 1] = -1;
    let output_ptr = output_ptr + 2;
    check(s - 1);
    return ();
}
