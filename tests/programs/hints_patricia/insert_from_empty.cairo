// patricia_update from the empty tree (prev_root=0): traverse_empty's both, single and descend
// cases over the update tree.
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
    assert updates[0] = DictAccess(key=0, prev_value=0, new_value=10);
    assert updates[1] = DictAccess(key=2, prev_value=0, new_value=11);
    assert updates[2] = DictAccess(key=12, prev_value=0, new_value=12);
    %{
        preimage = {
            2466881358002133364822637278001945633159199669109451817445969730922553850043: (1, 0, 10),
            1602195742608144856779311879863141684990052756940086705696922586637104021595: (1, 0, 11),
            2220829649930132039067643776127662566089894525368933539106531176578224285347: (2466881358002133364822637278001945633159199669109451817445969730922553850043, 1602195742608144856779311879863141684990052756940086705696922586637104021595),
            338097633377110935874606976247814186300827783398650028765875145643518729601: (1, 0, 2220829649930132039067643776127662566089894525368933539106531176578224285347),
            719156341629408405425801415951358931787136862349280099344980025288394333853: (3, 4, 12),
            1377087303795748817140257916199500014279031321763597039855637110152382860736: (338097633377110935874606976247814186300827783398650028765875145643518729601, 719156341629408405425801415951358931787136862349280099344980025288394333853),
        }
    %}
    local start: HashBuiltin* = pedersen_ptr;
    let hash_ptr = pedersen_ptr;
    with hash_ptr {
        patricia_update(
            update_ptr=updates,
            n_updates=3,
            height=4,
            prev_root=0,
            new_root=1377087303795748817140257916199500014279031321763597039855637110152382860736,
        );
    }
    let pedersen_ptr = hash_ptr;
    // The number of hashes the two traversals used.
    serialize_word((hash_ptr - start) / HashBuiltin.SIZE);
    return ();
}
