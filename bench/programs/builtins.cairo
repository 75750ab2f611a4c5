// LAYOUT: starknet
// A loop over the hash builtins: each iteration hashes with pedersen, permutes with poseidon and
// combines with bitwise, one instance of each (hint-free; the builtins' segments are written
// directly). 19 steps per iteration plus a few; bench/compare.py rewrites the `const N` line.
%builtins output pedersen bitwise poseidon
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, HashBuiltin, PoseidonBuiltin

const N = 50000;

func mix{pedersen_ptr: HashBuiltin*, bitwise_ptr: BitwiseBuiltin*, poseidon_ptr: PoseidonBuiltin*}(
    h: felt, n: felt
) -> felt {
    if (n == 0) {
        return h;
    }
    assert pedersen_ptr.x = h;
    assert pedersen_ptr.y = n;
    assert poseidon_ptr.input.s0 = pedersen_ptr.result;
    assert poseidon_ptr.input.s1 = n;
    assert poseidon_ptr.input.s2 = 2;
    assert bitwise_ptr.x = n;
    assert bitwise_ptr.y = 0x5555;
    let next = poseidon_ptr.output.s0 + bitwise_ptr.x_xor_y;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return mix(next, n - 1);
}

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    bitwise_ptr: BitwiseBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    let h = mix(0, N);
    assert [output_ptr] = h;
    let output_ptr = output_ptr + 1;
    return ();
}
