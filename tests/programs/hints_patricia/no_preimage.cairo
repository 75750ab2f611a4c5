// patricia_update without a preimage in the scope: NameError.
%builtins output pedersen range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.patricia import (
    patricia_update,
    patricia_update_constants_new,
    patricia_update_using_update_constants,
)
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    alloc_locals;
    let (local updates: DictAccess*) = alloc();
    assert updates[0] = DictAccess(key=3, prev_value=30, new_value=31);
    assert updates[1] = DictAccess(key=17, prev_value=170, new_value=0);
    assert updates[2] = DictAccess(key=64, prev_value=0, new_value=640);
    assert updates[3] = DictAccess(key=501, prev_value=5010, new_value=5011);
    assert updates[4] = DictAccess(key=1000, prev_value=77, new_value=0);
    assert updates[5] = DictAccess(key=1023, prev_value=0, new_value=1);
    local start: HashBuiltin* = pedersen_ptr;
    let hash_ptr = pedersen_ptr;
    with hash_ptr {
        patricia_update(
            update_ptr=updates,
            n_updates=6,
            height=10,
            prev_root=2107998752178740842921210334240007969326857240736626372089481010029703244744,
            new_root=62590814169504888525824640108833056826536965889773646618069591686790363612,
        );
    }
    let pedersen_ptr = hash_ptr;
    // The number of hashes the two traversals used.
    serialize_word((hash_ptr - start) / HashBuiltin.SIZE);
    return ();
}
