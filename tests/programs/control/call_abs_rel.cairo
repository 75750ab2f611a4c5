// call rel to a label, call rel by offset, call abs to computed addresses, and their frames.
from starkware.cairo.common.registers import get_label_location

func triple(x) -> felt {
    return x * 3;
}

func main() {
    alloc_locals;
    [ap] = 5, ap++;
    call triple;
    [ap] = [ap - 1] + 1, ap++;
    call rel 4;  // Calls the ret two instructions ahead: an empty function.
    jmp rel 3;
    ret;
    let (addr: felt*) = get_label_location(triple);
    local f: felt* = addr;
    [ap] = 7, ap++;
    call abs addr;
    assert [ap - 1] = 21;
    [ap] = 2, ap++;
    call abs [fp];
    assert [ap - 1] = 6;
    ret;
}
