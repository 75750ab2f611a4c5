// REQUIRES: python_hints
// FLAGS: --layout small --program_input {compiled}/loaded/syntax_error.cairo
// vm_load_program of a program whose hint does not compile: the hint calling it fails with
// cairo-lang's VmException for the loaded hint (its location, the SyntaxError).
func main() {
    %{
        from starkware.cairo.lang.compiler.program import Program
        vm_load_program(Program.load(data=program_input), segments.add())
    %}
    return ();
}
