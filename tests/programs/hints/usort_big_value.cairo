// usort of a value beyond the range check bound: verify_usort's assert_lt fails in its hint.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.usort import usort

func main{range_check_ptr}() {
    alloc_locals;
    let (input: felt*) = alloc();
    assert input[0] = 7;
    assert input[1] = -1;
    assert input[2] = 7;
    let (output_len, output, multiplicities) = usort(input_len=3, input=input);
    return ();
}
