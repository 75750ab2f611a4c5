// FLAGS: --layout dynamic --cairo_layout_params_file {dir}/params/recursive_like.json --print_output --print_info
// COMPILE_FLAGS:
// The dynamic layout outside proof mode: its parameters file names the builtins.
%builtins output range_check bitwise
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    assert bitwise_ptr.x = 12;
    assert bitwise_ptr.y = 10;
    assert [range_check_ptr] = bitwise_ptr.x_or_y;
    assert [output_ptr] = [range_check_ptr];
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    let range_check_ptr = range_check_ptr + 1;
    let output_ptr = output_ptr + 1;
    return ();
}
