// FLAGS: --proof_mode --layout recursive --steps 32 --print_info
// --steps disables the padding: the pedersen builtin needs at least 128 steps.
%builtins output
func main{output_ptr: felt*}() {
    assert [output_ptr] = 1;
    let output_ptr = output_ptr + 1;
    return ();
}
