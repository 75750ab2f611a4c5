// Writing a whole struct to the output by casting the output pointer.
%builtins output

struct Pair {
    a: felt,
    b: felt,
}

func write_pair{output_ptr: felt*}(p: Pair) {
    let out = cast(output_ptr, Pair*);
    assert [out] = p;
    let output_ptr = output_ptr + Pair.SIZE;
    return ();
}

func main{output_ptr: felt*}() {
    write_pair(Pair(a=7, b=-7));
    write_pair(Pair(a=100, b=200));
    return ();
}
