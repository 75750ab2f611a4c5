// Asserting that a pointer equals a number.
from starkware.cairo.lang.compiler.lib.registers import get_fp_and_pc

func main() {
    let (fp_val: felt*, _) = get_fp_and_pc();
    assert cast(fp_val, felt) = 5;
    return ();
}
