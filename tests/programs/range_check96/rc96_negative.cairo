// -1 is P - 1: out of range.
%builtins range_check96
func main{range_check96_ptr}() {
    assert [range_check96_ptr] = -1;
    let range_check96_ptr = range_check96_ptr + 1;
    return ();
}
