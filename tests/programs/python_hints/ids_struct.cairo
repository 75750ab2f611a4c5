// REQUIRES: python_hints
// ids: felts, struct members of a local and of a pointer, constants, writes through ids.
%builtins output

const SCALE = 1000;

struct Point {
    x: felt,
    y: felt,
}

func norm1(p: Point*) -> felt {
    alloc_locals;
    local n;
    %{ ids.n = ids.p.x + ids.p.y + ids.SCALE * (ids.p.address_.offset >= 0) %}
    return n;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local p: Point;
    local q: Point*;
    %{
        ids.p.x = 3
        ids.p.y = ids.p.x * 5
        ids.q = segments.add()
        memory[ids.q.address_] = -1
        ids.q.y = ids.p.y - ids.p.x
    %}
    let n = norm1(q);
    assert [output_ptr] = p.x;
    assert [output_ptr + 1] = p.y;
    assert [output_ptr + 2] = q.x;
    assert [output_ptr + 3] = q.y;
    assert [output_ptr + 4] = n;
    let output_ptr = output_ptr + 5;
    return ();
}
