// dw words in the code segment, read back through a label address.
from starkware.cairo.common.registers import get_label_location

func main() {
    let (table: felt*) = get_label_location(data);
    tempvar a = table[0] + table[1] + table[2];
    assert a = 1000006;
    assert table[3] = -1;
    return ();

    data:
    dw 1;
    dw 5;
    dw 1000000;
    dw -1;
}
