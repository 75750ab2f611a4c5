// REQUIRES: python_hints
// A hint naming a variable of another scope: NameError.
func main() {
    %{ secret = 1 %}
    %{ vm_enter_scope() %}
    %{ print(secret) %}
    %{ vm_exit_scope() %}
    return ();
}
