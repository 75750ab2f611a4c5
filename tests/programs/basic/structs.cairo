// Structs: members, nested structs, struct return values and struct arguments.
struct Point {
    x: felt,
    y: felt,
}

struct Segment {
    start: Point,
    end: Point,
}

func make_point(x, y) -> Point {
    return (Point(x=x, y=y));
}

func length2(s: Segment) -> felt {
    let dx = s.end.x - s.start.x;
    let dy = s.end.y - s.start.y;
    return dx * dx + dy * dy;
}

func main() {
    alloc_locals;
    let a = make_point(1, 2);
    local p: Point = a;
    let b = make_point(4, 6);
    local seg: Segment = Segment(start=p, end=b);
    let l = length2(seg);
    assert l = 25;
    assert seg.end.y = 6;
    return ();
}
