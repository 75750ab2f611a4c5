// REQUIRES: python_hints
// dict_read of a key the program's initial_dict lacks: the KeyError of cairo-lang.
%builtins output range_check
from starkware.cairo.common.dict import dict_new, dict_read

func main{output_ptr: felt*, range_check_ptr}() {
    %{ initial_dict = {1: 2} %}
    let (dict_ptr) = dict_new();
    let (value) = dict_read{dict_ptr=dict_ptr}(key=7);
    return ();
}
