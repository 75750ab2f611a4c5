// A relocatable value in the range_check96 segment.
%builtins range_check96
func main{range_check96_ptr}() {
    assert [range_check96_ptr] = range_check96_ptr;
    let range_check96_ptr = range_check96_ptr + 1;
    return ();
}
