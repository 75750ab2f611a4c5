// FLAGS: --proof_mode --layout small --print_memory --relocate_prints --print_segments --print_info --print_output
// Relocation after finalize_segments: builtin segments take the size the layout allocates.
%builtins output range_check
func main{output_ptr: felt*, range_check_ptr}() {
    assert [range_check_ptr] = 3;
    assert [output_ptr] = 4;
    let range_check_ptr = range_check_ptr + 1;
    let output_ptr = output_ptr + 1;
    return ();
}
