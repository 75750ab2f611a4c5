// dict_read through a dict pointer that is no longer the current one.
%builtins range_check
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_read, dict_write
from starkware.cairo.common.dict_access import DictAccess

func main{range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=3);
    let dict_ptr = start;
    dict_write{dict_ptr=dict_ptr}(key=1, new_value=2);
    let dict_ptr = start;
    let (v) = dict_read{dict_ptr=dict_ptr}(key=1);
    return ();
}
