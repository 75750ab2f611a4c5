// Runner fixture: a successful run with output.
%builtins output

func square(x) -> felt {
    return x * x;
}

func main{output_ptr: felt*}() {
    let s = square(-3);
    assert [output_ptr] = s;
    assert [output_ptr + 1] = -1;
    let output_ptr = output_ptr + 2;
    return ();
}
