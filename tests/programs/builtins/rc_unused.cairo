%builtins output range_check

func main(output_ptr: felt*, range_check_ptr) -> (output_ptr: felt*, range_check_ptr: felt) {
    assert [output_ptr] = 42;
    return (output_ptr=output_ptr + 1, range_check_ptr=range_check_ptr);
}
