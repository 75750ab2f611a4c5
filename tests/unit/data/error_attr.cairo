%builtins output

struct Point {
    x: felt,
    y: felt,
}

func check(p: Point*, bound: felt, neg: felt) {
    alloc_locals;
    local q = p.x + 1;
    tempvar t = p.y * 2;
    let r = bound * 3;
    let half = bound / 2;
    let next = p + 2;
    let big = ((((((bound + 1) * 2 + 3) * 4 + 5) * 6 + 7) * 8 + 9) * 10 + 11) * 12;
    with_attr error_message("Outer: bound={bound} neg={neg}") {
        with_attr error_message("p={p} q={q} t={t} r={r} p.x={p.x} nope={nope} {{bound}} {} {bound") {
            with_attr error_message("half={half} next={next} big={big} t={t} t={t}") {
                assert p.x = bound;
            }
        }
    }
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local pt: Point = Point(x=3, y=4);
    let (__fp__, _) = get_fp_and_pc();
    with_attr error_message("In main: pt={pt}") {
        check(
            &pt, 5, -7
        );
    }
    return ();
}
from starkware.cairo.common.registers import get_fp_and_pc
