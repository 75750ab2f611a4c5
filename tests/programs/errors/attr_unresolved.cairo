// An error message naming an ap-based tempvar and an unknown name.
func main() {
    tempvar t = 12;
    with_attr error_message("t is {t}, missing is {missing}") {
        tempvar u = t + 1;
        assert u = t;
    }
    return ();
}
