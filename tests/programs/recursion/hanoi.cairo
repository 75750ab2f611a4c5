// Towers of Hanoi: counts the moves and writes each move's disk to the output.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func hanoi{output_ptr: felt*}(n, from_peg, to_peg, via_peg) -> felt {
    if (n == 0) {
        return 0;
    }
    alloc_locals;
    let a = hanoi(n - 1, from_peg, via_peg, to_peg);
    local a = a;
    serialize_word(n * 100 + from_peg * 10 + to_peg);
    let b = hanoi(n - 1, via_peg, to_peg, from_peg);
    return a + b + 1;
}

func main{output_ptr: felt*}() {
    let moves = hanoi(4, 1, 3, 2);
    serialize_word(moves);
    return ();
}
