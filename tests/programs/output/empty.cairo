// The output builtin is declared but nothing is written.
%builtins output

func main(output_ptr: felt*) -> (output_ptr: felt*) {
    return (output_ptr=output_ptr);
}
