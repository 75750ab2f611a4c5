// FLAGS: --proof_mode --layout starknet --print_info --print_output --air_public_input {air_public_input}
// The starknet layout's ratios (ec_op 1024, ecdsa 2048) and range-check holes make the run grow,
// with one warning per increase.
%builtins output range_check
func main{output_ptr: felt*, range_check_ptr}() {
    assert [range_check_ptr] = 2 ** 120;
    let range_check_ptr = range_check_ptr + 1;
    assert [output_ptr] = 1;
    let output_ptr = output_ptr + 1;
    return ();
}
