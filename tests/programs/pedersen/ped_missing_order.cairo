// Two missing inputs listed in the order of cairo-lang's set difference (9 before 7).
%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr[2].result = 1;
    assert pedersen_ptr[3].result = 1;
    assert pedersen_ptr[0].x = 1;
    assert pedersen_ptr[0].y = 1;
    assert pedersen_ptr[1].x = 1;
    assert pedersen_ptr[1].y = 1;
    assert pedersen_ptr[2].x = 1;
    assert pedersen_ptr[3].y = 1;
    let pedersen_ptr = pedersen_ptr + 4 * HashBuiltin.SIZE;
    return ();
}
