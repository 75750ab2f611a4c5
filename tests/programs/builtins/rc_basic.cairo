%builtins output range_check

func main(output_ptr: felt*, range_check_ptr) -> (output_ptr: felt*, range_check_ptr: felt) {
    assert [range_check_ptr] = 7;
    assert [range_check_ptr + 1] = 2 ** 128 - 1;
    assert [output_ptr] = [range_check_ptr] + [range_check_ptr + 1];
    return (output_ptr=output_ptr + 1, range_check_ptr=range_check_ptr + 2);
}
