// Double dereference [[reg + a] + b]: reads, and writes by deducing an unknown op1.
from starkware.cairo.lang.compiler.lib.registers import get_ap

func main() {
    [ap] = 10, ap++;
    [ap] = 20, ap++;
    ap += 2;  // base[2] and base[3] are written through the pointer below.
    let (end: felt*) = get_ap();
    tempvar base: felt* = end - 4;
    [ap] = [[ap - 1] + 1], ap++;
    assert [ap - 1] = 20;
    // A destination cannot be doubly dereferenced, but an unknown op1 is deduced (written).
    [ap] = 30, ap++;
    [ap - 1] = [[ap - 3] + 2];
    [ap] = [[ap - 3]], ap++;
    [ap] = [ap - 1] + 1, ap++;
    [ap - 1] = [[ap - 5] + 3];
    assert [base + 2] = 30;
    assert [base + 3] = 11;
    ret;
}
