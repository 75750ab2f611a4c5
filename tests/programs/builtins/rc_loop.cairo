%builtins range_check

func check_all(range_check_ptr, n) -> (range_check_ptr: felt) {
    if (n == 0) {
        return (range_check_ptr=range_check_ptr);
    }
    assert [range_check_ptr] = n * 1000;
    return check_all(range_check_ptr=range_check_ptr + 1, n=n - 1);
}

func main(range_check_ptr) -> (range_check_ptr: felt) {
    return check_all(range_check_ptr=range_check_ptr, n=50);
}
