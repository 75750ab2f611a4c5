// alloc_locals with locals assigned in several ways, and asserts between them.
func main() {
    alloc_locals;
    local x = 10;
    local y: felt;
    y = x * x;
    local z = y - x;
    assert z = 90;
    local w;
    assert w = z + y;
    tempvar t = w * 2;
    assert t = 380;
    return ();
}
