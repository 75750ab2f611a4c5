// Nested with_attr scopes: every enclosing message is printed, innermost first.
func main() {
    alloc_locals;
    local a = 3;
    with_attr error_message("outer scope, a={a}") {
        tempvar b = a + 1;
        with_attr error_message("middle scope") {
            with_attr error_message("inner scope, a={a}") {
                assert b = a;
            }
        }
    }
    return ();
}
