// FLAGS: --proof_mode --layout recursive --min_steps 300 --print_info --air_public_input {air_public_input}
// --min_steps runs the __end__ loop further before padding to a power of 2.
%builtins output
func main{output_ptr: felt*}() {
    assert [output_ptr] = 12;
    let output_ptr = output_ptr + 1;
    return ();
}
