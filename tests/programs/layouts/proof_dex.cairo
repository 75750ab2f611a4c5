// FLAGS: --proof_mode --layout dex --print_output --print_info --air_public_input {air_public_input} --air_private_input {air_private_input}
// The same program in proof mode on each layout: its ratios, units and diluted pool set the steps.
%builtins output range_check
func main{output_ptr: felt*, range_check_ptr}() {
    assert [range_check_ptr] = 1000;
    assert [output_ptr] = [range_check_ptr];
    let range_check_ptr = range_check_ptr + 1;
    let output_ptr = output_ptr + 1;
    return ();
}
