// keccak_builtin_state_to_felts: the 8 200-bit words of a keccak builtin state as 25 64-bit felts,
// each split into bytes by the hints.
%builtins output range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.keccak_state import KeccakBuiltinState
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.simulate_builtin_keccak_with_cairo.simulate_keccak import (
    keccak_builtin_state_to_felts,
)

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (felts: felt*) = alloc();
    keccak_builtin_state_to_felts(
        KeccakBuiltinState(
            s0=0x0123456789abcdef0123456789abcdef0123456789abcdef01,
            s1=0xfedcba9876543210fedcba9876543210fedcba9876543210fe,
            s2=1,
            s3=2 ** 199,
            s4=0xffffffffffffffffffffffffffffffffffffffffffffffffff,
            s5=0,
            s6=0x1111111111111111111111111111111111111111111111111,
            s7=0x80000000000000000000000000000000000000000000000001,
        ),
        felts,
    );
    serialize_word(felts[0]);
    serialize_word(felts[3]);
    serialize_word(felts[6]);
    serialize_word(felts[12]);
    serialize_word(felts[21]);
    serialize_word(felts[24]);
    return ();
}
