// Pointers as values: stored, offset, subtracted (a pointer difference is a felt).
from starkware.cairo.lang.compiler.lib.registers import get_fp_and_pc, get_ap

func main() {
    alloc_locals;
    let (fp_val: felt*, pc_val: felt*) = get_fp_and_pc();
    local f: felt* = fp_val;
    local p: felt* = pc_val;
    let (ap_val: felt*) = get_ap();
    local a: felt* = ap_val;
    tempvar d = a - f;
    assert d = 5;
    tempvar q: felt* = p + 5;
    tempvar e = q - p;
    assert e = 5;
    tempvar g: felt* = f + 1000;
    tempvar h = f - g;
    assert h = -1000;
    return ();
}
