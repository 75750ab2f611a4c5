// REQUIRES: python_hints
// initial_dict set in a scope that the program's hint enters (its dicts read there: a new scope
// has its own __dict_manager), in the main scope, set again (a new object) before a second
// dict_new, and changed in place.
%builtins output range_check
from starkware.cairo.common.dict import dict_new, dict_read
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word

func read_one{output_ptr: felt*}(dict: DictAccess*, key) {
    let dict_ptr = dict;
    let (value) = dict_read{dict_ptr=dict_ptr}(key=key);
    serialize_word(value);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    %{ initial_dict = {1: 100} %}
    %{ vm_enter_scope({'initial_dict': {1: 200}}) %}
    let (inner) = dict_new();
    read_one(inner, 1);
    %{ vm_exit_scope() %}
    let (outer) = dict_new();
    %{ initial_dict = {1: 300} %}
    let (again) = dict_new();
    %{ initial_dict = {1: 400} %}
    %{ initial_dict[1] = 500 %}
    let (changed) = dict_new();
    read_one(outer, 1);
    read_one(again, 1);
    read_one(changed, 1);
    return ();
}
