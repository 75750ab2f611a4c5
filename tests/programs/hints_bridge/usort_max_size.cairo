// REQUIRES: python_hints
// __usort_max_size: None lets usort run, then a limit below the input's length stops it.
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.usort import usort
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local input: felt*) = alloc();
    assert input[0] = 3;
    assert input[1] = 1;
    assert input[2] = 3;
    %{ __usort_max_size = None %}
    let (output_len, output, multiplicities) = usort(input_len=3, input=input);
    serialize_word(output_len);
    %{ __usort_max_size = 2 %}
    let (output_len, output, multiplicities) = usort(input_len=3, input=input);
    return ();
}
