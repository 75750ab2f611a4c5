// FLAGS: --proof_mode --layout small --steps 16 --print_info
// The small layout's pedersen (ratio 8, 4 repetitions) in 16 steps: 2 instances, the program uses 3.
%builtins pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr[0].x = 1;
    assert pedersen_ptr[1].x = 2;
    assert pedersen_ptr[2].y = 3;
    let pedersen_ptr = pedersen_ptr + 3 * HashBuiltin.SIZE;
    return ();
}
