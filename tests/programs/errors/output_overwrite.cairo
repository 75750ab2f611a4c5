// Writing a different value to an output cell already written.
%builtins output

func main(output_ptr: felt*) -> (output_ptr: felt*) {
    assert output_ptr[0] = 1;
    assert output_ptr[1] = 2;
    assert output_ptr[0] = 3;
    return (output_ptr=output_ptr + 2);
}
