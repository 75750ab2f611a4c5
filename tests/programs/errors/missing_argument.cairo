// A wrong call frame: f is called without its argument, so [fp - 3] is the caller's cell.
func f(x) {
    assert x = 1;
    ret;
}

func main() {
    call f;
    ret;
}
