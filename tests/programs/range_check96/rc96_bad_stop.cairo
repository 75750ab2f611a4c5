// The returned pointer does not cover the cells used.
%builtins range_check96
func main{range_check96_ptr}() {
    assert [range_check96_ptr] = 1;
    assert [range_check96_ptr + 1] = 2;
    let range_check96_ptr = range_check96_ptr + 1;
    return ();
}
