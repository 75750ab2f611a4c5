// REQUIRES: python_hints
// __squash_dict_max_size set by the program's hint, below the number of accesses: squash_dict
// enters a new scope first (vm_enter_scope()), where its check does not see the variable.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.squash_dict import squash_dict

func main{range_check_ptr}() {
    alloc_locals;
    let (accesses: DictAccess*) = alloc();
    assert accesses[0] = DictAccess(key=1, prev_value=0, new_value=2);
    assert accesses[1] = DictAccess(key=1, prev_value=2, new_value=3);
    let (squashed: DictAccess*) = alloc();
    %{ __squash_dict_max_size = 1 %}
    squash_dict(dict_accesses=accesses, dict_accesses_end=accesses + 2 * DictAccess.SIZE, squashed_dict=squashed);
    return ();
}
