// FLAGS: --proof_mode --layout dynamic --cairo_layout_params_file {dir}/params/recursive_like.json --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// The dynamic layout in proof mode (every builtin of SUPPORTED_DYNAMIC_BUILTINS runs).
%builtins output range_check
func main{output_ptr: felt*, range_check_ptr}() {
    assert [range_check_ptr] = 7;
    assert [output_ptr] = 7;
    let range_check_ptr = range_check_ptr + 1;
    let output_ptr = output_ptr + 1;
    return ();
}
