// builtin_poseidon/: poseidon_hash_many on 0 to 25 elements (chunks of 10, then 2, then 1).
%builtins output poseidon
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash_many
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin
from starkware.cairo.common.serialize import serialize_word

func hash_prefixes{output_ptr: felt*, poseidon_ptr: PoseidonBuiltin*}(elements: felt*, n: felt) {
    if (n == 26) {
        return ();
    }
    let (res) = poseidon_hash_many(n, elements);
    serialize_word(res);
    return hash_prefixes(elements, n + 1);
}

func main{output_ptr: felt*, poseidon_ptr: PoseidonBuiltin*}() {
    alloc_locals;
    let (elements: felt*) = alloc();
    fill(elements, 25);
    hash_prefixes(elements, 0);
    return ();
}

func fill(elements: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    assert elements[0] = n * n * 1000003 - 1;
    return fill(elements + 1, n - 1);
}
