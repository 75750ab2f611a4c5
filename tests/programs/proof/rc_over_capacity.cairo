// FLAGS: --proof_mode --layout recursive --steps 128 --print_info
// 128 steps allocate 16 range checks (ratio 8); the program uses 20.
%builtins range_check

func main{range_check_ptr}() {
    assert [range_check_ptr + 0] = 0;
    assert [range_check_ptr + 1] = 1000;
    assert [range_check_ptr + 2] = 2000;
    assert [range_check_ptr + 3] = 3000;
    assert [range_check_ptr + 4] = 4000;
    assert [range_check_ptr + 5] = 5000;
    assert [range_check_ptr + 6] = 6000;
    assert [range_check_ptr + 7] = 7000;
    assert [range_check_ptr + 8] = 8000;
    assert [range_check_ptr + 9] = 9000;
    assert [range_check_ptr + 10] = 10000;
    assert [range_check_ptr + 11] = 11000;
    assert [range_check_ptr + 12] = 12000;
    assert [range_check_ptr + 13] = 13000;
    assert [range_check_ptr + 14] = 14000;
    assert [range_check_ptr + 15] = 15000;
    assert [range_check_ptr + 16] = 16000;
    assert [range_check_ptr + 17] = 17000;
    assert [range_check_ptr + 18] = 18000;
    assert [range_check_ptr + 19] = 19000;
    let range_check_ptr = range_check_ptr + 20;
    return ();
}
