%builtins output pedersen
from starkware.cairo.common.cairo_builtins import HashBuiltin

// h_{i+1} = pedersen(h_i, i), 200 times.
func chain{pedersen_ptr: HashBuiltin*}(h: felt, i: felt) -> felt {
    if (i == 200) {
        return h;
    }
    assert pedersen_ptr.x = h;
    assert pedersen_ptr.y = i;
    let next = pedersen_ptr.result;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return chain(next, i + 1);
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    let h = chain(0, 0);
    assert [output_ptr] = h;
    let output_ptr = output_ptr + 1;
    return ();
}
