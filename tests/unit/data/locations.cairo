%builtins output

func store{output_ptr: felt*}(value: felt) {
    assert [output_ptr] = value;
    let output_ptr = output_ptr + 1;
    return ();
}

func main{output_ptr: felt*}() {
    store(7);
    let z = [output_ptr + 5];
    let w = z * z;
    store(w *
        2);
    return ();
}
