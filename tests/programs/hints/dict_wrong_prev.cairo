// dict_update with a wrong previous value.
%builtins range_check
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_update
from starkware.cairo.common.dict_access import DictAccess

func main{range_check_ptr}() {
    let (dict_ptr: DictAccess*) = default_dict_new(default_value=3);
    dict_update{dict_ptr=dict_ptr}(key=1, prev_value=4, new_value=5);
    return ();
}
