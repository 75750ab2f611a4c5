// jmp abs to addresses computed at run time from label locations.
from starkware.cairo.common.registers import get_label_location

func main() {
    alloc_locals;
    let (second_addr: felt*) = get_label_location(second);
    local target: felt* = second_addr;
    let (first_addr: felt*) = get_label_location(first);
    [ap] = first_addr, ap++;
    jmp abs [ap - 1];
    [ap] = 99, ap++;

    first:
    [ap] = 1, ap++;
    jmp abs [fp];  // The local 'target'.
    [ap] = 98, ap++;

    second:
    [ap] = 2, ap++;
    ret;
}
