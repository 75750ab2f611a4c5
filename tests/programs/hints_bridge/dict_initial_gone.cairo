// REQUIRES: python_hints
// initial_dict set in a scope the program left: dict_new fails with the NameError of cairo-lang.
%builtins output range_check
from starkware.cairo.common.dict import dict_new

func main{output_ptr: felt*, range_check_ptr}() {
    %{ vm_enter_scope({'initial_dict': {1: 2}}) %}
    %{ vm_exit_scope() %}
    let (d) = dict_new();
    return ();
}
