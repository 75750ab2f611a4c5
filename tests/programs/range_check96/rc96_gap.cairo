// A hole in the range_check96 segment: the secure run lists the missing cell.
%builtins range_check96
func main{range_check96_ptr}() {
    assert [range_check96_ptr] = 1;
    assert [range_check96_ptr + 2] = 3;
    let range_check96_ptr = range_check96_ptr + 3;
    return ();
}
