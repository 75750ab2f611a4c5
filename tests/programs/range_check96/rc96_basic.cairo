// range_check96 accepts 0 and 2^96 - 1.
%builtins range_check96
func main{range_check96_ptr}() {
    assert [range_check96_ptr] = 0;
    assert [range_check96_ptr + 1] = 2 ** 96 - 1;
    assert [range_check96_ptr + 2] = 12345;
    let range_check96_ptr = range_check96_ptr + 3;
    return ();
}
