// Instruction forms written by hand: add/mul with immediates and registers, double dereference.
from starkware.cairo.lang.compiler.lib.registers import get_fp_and_pc

func main() {
    [ap] = 7, ap++;
    [ap] = [ap - 1] + 3, ap++;
    [ap] = [ap - 1] * [ap - 2], ap++;
    [ap] = [fp], ap++;
    [ap + 1] = [ap - 1] + [ap - 2];
    [ap] = 11;
    ap += 2;
    [fp + 8] = 9;
    [ap] = [fp + 8] * 4, ap++;
    ap += 2;
    get_fp_and_pc();
    // [ap - 2] is fp: read [fp + 1] and [fp + 2] through it.
    [ap] = [[ap - 2] + 1], ap++;
    [ap] = [[ap - 3] + 2], ap++;
    [ap] = [ap - 1] + (-100), ap++;
    [ap] = [ap - 1] * (-1), ap++;
    ap += 1;
    ret;
}
