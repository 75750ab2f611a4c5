// patricia_update deleting the only leaf of one side: the new tree's root is an edge of length
// 1 over a binary node, whose hash inputs come from the preimage (traverse_edge).
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
    assert updates[0] = DictAccess(key=4, prev_value=5, new_value=0);
    %{
        preimage = {
            1089549915800264549621536909767699778745926517555586332772759280702396009109: (1, 0, 1),
            1637368371864026355245122316446106576874611007407245016652355316950184561543: (1, 0, 2),
            3092237981891934186170478381381094892092516556904436733177053191933939228438: (1089549915800264549621536909767699778745926517555586332772759280702396009109, 1637368371864026355245122316446106576874611007407245016652355316950184561543),
            2941083907689010536497253969578701440794094793277200004061830176674600429740: (2, 0, 5),
            1135148233910371310753013262817806648250202823355083553637944830161780687048: (3092237981891934186170478381381094892092516556904436733177053191933939228438, 2941083907689010536497253969578701440794094793277200004061830176674600429740),
            2952429580122949822142927661582585009022418720678668389593627725732410983157: (1, 0, 3092237981891934186170478381381094892092516556904436733177053191933939228438),
        }
    %}
    local start: HashBuiltin* = pedersen_ptr;
    let hash_ptr = pedersen_ptr;
    with hash_ptr {
        patricia_update(
            update_ptr=updates,
            n_updates=1,
            height=3,
            prev_root=1135148233910371310753013262817806648250202823355083553637944830161780687048,
            new_root=2952429580122949822142927661582585009022418720678668389593627725732410983157,
        );
    }
    let pedersen_ptr = hash_ptr;
    // The number of hashes the two traversals used.
    serialize_word((hash_ptr - start) / HashBuiltin.SIZE);
    return ();
}
