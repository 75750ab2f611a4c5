%builtins range_check

func main(range_check_ptr) -> (range_check_ptr: felt) {
    assert [range_check_ptr] = 5;
    assert [range_check_ptr + 1] = 2 ** 128;
    return (range_check_ptr=range_check_ptr + 2);
}
