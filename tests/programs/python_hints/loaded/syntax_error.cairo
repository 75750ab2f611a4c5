// Loaded by python_hints/load_program_syntax_error.cairo: a hint that does not compile.
func main() {
    %{
        y = = 2
    %}
    return ();
}
