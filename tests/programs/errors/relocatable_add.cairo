// Adding two pointers is not defined.
from starkware.cairo.lang.compiler.lib.registers import get_fp_and_pc

func main() {
    let (fp_val: felt*, pc_val: felt*) = get_fp_and_pc();
    tempvar s = cast(fp_val, felt) + cast(pc_val, felt);
    return ();
}
