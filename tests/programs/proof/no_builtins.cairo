// No %builtins: in proof mode every builtin of the layout still gets an (empty) segment.
func main() {
    [ap] = 3, ap++;
    [ap] = [ap - 1] * [ap - 1], ap++;
    assert [ap - 1] = 9;
    return ();
}
