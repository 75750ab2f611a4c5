// A failure three calls deep, under a with_attr of a caller: the traceback lists every call.
func level3(x) {
    assert x = 0;
    return ();
}

func level2(x) {
    level3(x - 1);
    return ();
}

func level1(x) {
    with_attr error_message("level1 failed for x={x}") {
        level2(x * 2);
    }
    return ();
}

func main() {
    level1(4);
    return ();
}
