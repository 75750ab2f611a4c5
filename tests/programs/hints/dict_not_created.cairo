// dict_read on a pointer that dict_new did not create.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_read
from starkware.cairo.common.dict_access import DictAccess

func main{range_check_ptr}() {
    let (unused: DictAccess*) = default_dict_new(default_value=3);
    let (p: felt*) = alloc();
    let dict_ptr = cast(p, DictAccess*);
    let (v) = dict_read{dict_ptr=dict_ptr}(key=1);
    return ();
}
