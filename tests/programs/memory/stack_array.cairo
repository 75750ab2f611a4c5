// An array written on the ap stack, then summed through a pointer to its first cell.
from starkware.cairo.lang.compiler.lib.registers import get_ap

func sum(arr: felt*, n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum(arr + 1, n - 1);
    return arr[0] + rest;
}

func main() {
    [ap] = 3, ap++;
    [ap] = 1, ap++;
    [ap] = 4, ap++;
    [ap] = 1, ap++;
    [ap] = 5, ap++;
    [ap] = 9, ap++;
    let (end: felt*) = get_ap();
    let s = sum(end - 6, 6);
    assert s = 23;
    return ();
}
