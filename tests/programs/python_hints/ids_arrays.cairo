// REQUIRES: python_hints
// ids.x[i] of struct pointers, nested struct members, pointer members, writes through them, and
// cairo-lang's VmConstsReference for struct references.
%builtins output

struct Point {
    x: felt,
    y: felt,
}

struct Segment {
    a: Point,
    b: Point,
    next: Segment*,
    tag: felt*,
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local points: Point*;
    local s: Segment;
    local sum;
    local is_reference;
    %{
        from starkware.cairo.lang.vm.vm_consts import VmConstsReference

        ids.points = segments.add()
        for i in range(3):
            ids.points[i].x = i + 1
            ids.points[i].y = 10 * (i + 1)
        ids.s.a.x = ids.points[2].y
        ids.s.a.y = ids.points[1].x
        ids.s.b.x = 5
        ids.s.b.y = 6
        ids.s.next = ids.s.address_
        ids.s.tag = ids.points.address_ + 1
        ids.sum = (ids.points[0].y + ids.points[1].y + ids.s.next.b.x + memory[ids.s.tag]
                   + (ids.points[1].address_ - ids.points.address_))
        ids.is_reference = (isinstance(ids.points, VmConstsReference) * 10
                            + isinstance(ids.s.next.a, VmConstsReference))
        print("s.a", ids.s.a.x, ids.s.a.y, "next is s", ids.s.next.address_ == ids.s.address_)
    %}
    assert [output_ptr] = points[2].y;
    assert [output_ptr + 1] = s.a.x;
    assert [output_ptr + 2] = sum;
    assert [output_ptr + 3] = is_reference;
    let output_ptr = output_ptr + 4;
    return ();
}
