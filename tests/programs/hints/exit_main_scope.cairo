// vm_exit_scope() in the main scope.
func main() {
    %{ vm_exit_scope() %}
    return ();
}
