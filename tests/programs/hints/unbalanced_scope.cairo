// A scope entered and never exited: the run fails at its end.
func main() {
    let len = 3;
    %{ vm_enter_scope({'n': ids.len}) %}
    return ();
}
