// squash_dict over 4 cells (not a whole number of DictAccess): the hint's size assertion.
%builtins range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.squash_dict import squash_dict

func main{range_check_ptr}() {
    alloc_locals;
    let (accesses: felt*) = alloc();
    assert accesses[0] = 1;
    assert accesses[1] = 0;
    assert accesses[2] = 2;
    assert accesses[3] = 1;
    let (squashed: DictAccess*) = alloc();
    squash_dict(
        dict_accesses=cast(accesses, DictAccess*),
        dict_accesses_end=cast(accesses + 4, DictAccess*),
        squashed_dict=squashed,
    );
    return ();
}
