// A failing assert inside with_attr error_message.
func main() {
    tempvar x = 5;
    with_attr error_message("x must be 6") {
        assert x = 6;
    }
    return ();
}
