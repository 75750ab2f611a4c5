// Nested structs laid out on the stack and read through typed pointers.
from starkware.cairo.lang.compiler.lib.registers import get_fp_and_pc

struct Vec2 {
    x: felt,
    y: felt,
}

struct Box {
    min: Vec2,
    max: Vec2,
    tag: felt,
}

func area(b: Box*) -> felt {
    return (b.max.x - b.min.x) * (b.max.y - b.min.y);
}

func main() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local box: Box = Box(min=Vec2(x=1, y=2), max=Vec2(x=11, y=7), tag=42);
    let a = area(&box);
    assert a = 50;
    let bp: Box* = &box;
    let mp: Vec2* = &bp.max;
    assert mp.y = 7;
    assert [cast(mp, felt*) + Vec2.SIZE] = 42;
    assert Box.SIZE = 5;
    return ();
}
