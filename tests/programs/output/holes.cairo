// Output cells skipped by the program are printed as <missing>.
%builtins output

func main(output_ptr: felt*) -> (output_ptr: felt*) {
    assert output_ptr[1] = 10;
    assert output_ptr[3] = 30;
    assert output_ptr[4] = 40;
    return (output_ptr=output_ptr + 5);
}
