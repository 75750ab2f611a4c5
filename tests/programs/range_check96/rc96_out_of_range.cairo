// 2^96 is out of range for range_check96 (while range_check would accept it).
%builtins range_check range_check96
func main{range_check_ptr, range_check96_ptr}() {
    assert [range_check_ptr] = 2 ** 96;
    assert [range_check96_ptr] = 5;
    assert [range_check96_ptr + 1] = 2 ** 96;
    let range_check_ptr = range_check_ptr + 1;
    let range_check96_ptr = range_check96_ptr + 2;
    return ();
}
