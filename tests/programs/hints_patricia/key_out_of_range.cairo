// An update key of 2^height or more: build_update_tree finds no root (KeyError: 0).
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
    assert updates[0] = DictAccess(key=9, prev_value=0, new_value=1);
    %{
        preimage = {
            1321142004022994845681377299801403567378503530250467610343381590909832171183: (3, 1, 1),
            1321142004022994845681377299801403567378503530250467610343381590909832171182: (2, 1, 1),
            2492755623019086109032247218615964389726368532160653497039005814484393419350: (2, 3, 1),
            621849807879773989633323798302813736654253252544517050014735953674610583365: (1321142004022994845681377299801403567378503530250467610343381590909832171182, 2492755623019086109032247218615964389726368532160653497039005814484393419350),
        }
    %}
    local start: HashBuiltin* = pedersen_ptr;
    let hash_ptr = pedersen_ptr;
    with hash_ptr {
        patricia_update(
            update_ptr=updates,
            n_updates=1,
            height=3,
            prev_root=1321142004022994845681377299801403567378503530250467610343381590909832171183,
            new_root=77,
        );
    }
    let pedersen_ptr = hash_ptr;
    // The number of hashes the two traversals used.
    serialize_word((hash_ptr - start) / HashBuiltin.SIZE);
    return ();
}
