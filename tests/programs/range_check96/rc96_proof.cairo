// FLAGS: --proof_mode --layout dynamic --cairo_layout_params_file {dir}/params/rc96.json --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// COMPILE_FLAGS: --proof_mode
// Proof mode: range_check96's 6 parts of 16 bits in the range check limits, its AIR private input.
%builtins output range_check range_check96
func main{output_ptr: felt*, range_check_ptr, range_check96_ptr}() {
    assert [range_check96_ptr] = 2 ** 96 - 1;
    assert [range_check96_ptr + 1] = 2 ** 80 + 3;
    assert [range_check_ptr] = 2 ** 100;
    assert [output_ptr] = 7;
    let range_check96_ptr = range_check96_ptr + 2;
    let range_check_ptr = range_check_ptr + 1;
    let output_ptr = output_ptr + 1;
    return ();
}
