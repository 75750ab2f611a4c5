// A failing assert in main, without an error message.
func main() {
    tempvar x = 5;
    tempvar y = x * 3;
    assert y = 16;
    return ();
}
