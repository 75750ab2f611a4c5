// REQUIRES: python_hints
// What accessing ids wrongly raises (caught and printed), then a failing assertion on an ids.x[i].
struct Point {
    x: felt,
    y: felt,
}

func main() {
    alloc_locals;
    local p: Point;
    local points: Point*;
    %{
        ids.points = segments.add()
        ids.points[0].x = 1
        for attempt in (lambda: ids.p.z, lambda: ids.points[1].y, lambda: setattr(ids.p, "x", None)):
            try:
                attempt()
            except Exception as e:
                print(type(e).__name__, e)
        assert ids.points[0].x == 2, f"points[0].x is {ids.points[0].x}"
    %}
    return ();
}
