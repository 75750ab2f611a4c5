// FLAGS: --layout starknet --print_output --print_info
// The sponge variant of delete_beside_edge: an edge of length 1 whose bottom's hash inputs come
// from the preimage.
%builtins output range_check poseidon

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.patricia_with_poseidon import patricia_update_using_update_constants
from starkware.cairo.common.patricia_with_sponge import patricia_update_constants_new
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr, poseidon_ptr: PoseidonBuiltin*}() {
    alloc_locals;
    let (local updates: DictAccess*) = alloc();
    assert updates[0] = DictAccess(key=4, prev_value=5, new_value=0);
    %{
        preimage = {
            3373169936846904611312239038767679891167318959379769615933442428472888244130: (1, 0, 1),
            3003527788589944291899222246402658406742321573256939929909282565387650595027: (1, 0, 2),
            3549916209777631985981753304510409223997186150395629805749425614218175235779: (3373169936846904611312239038767679891167318959379769615933442428472888244130, 3003527788589944291899222246402658406742321573256939929909282565387650595027),
            1061033641326993326300720138718993270320561547448486516072009162443017209981: (2, 0, 5),
            805756672861881776181342773030658654604887600969701387108869192293424424320: (3549916209777631985981753304510409223997186150395629805749425614218175235779, 1061033641326993326300720138718993270320561547448486516072009162443017209981),
            2036910259034698102652834879666990124638599242604717500082441025428434042479: (1, 0, 3549916209777631985981753304510409223997186150395629805749425614218175235779),
        }
    %}
    let (constants) = patricia_update_constants_new();
    local start: PoseidonBuiltin* = poseidon_ptr;
    patricia_update_using_update_constants(
        patricia_update_constants=constants,
        update_ptr=updates,
        n_updates=1,
        height=3,
        prev_root=805756672861881776181342773030658654604887600969701387108869192293424424320,
        new_root=2036910259034698102652834879666990124638599242604717500082441025428434042479,
    );
    // The number of sponge hashes the two traversals used.
    serialize_word((poseidon_ptr - start) / PoseidonBuiltin.SIZE);
    return ();
}
