// REQUIRES: python_hints
// FLAGS: --layout small --print_output --print_info --program_input {compiled}/loaded/inner.cairo
// vm_load_program refuses a program compiled for another prime, as cairo-lang asserts it.
%builtins output

func main{output_ptr: felt*}() {
    %{
        from starkware.cairo.lang.compiler.program import Program
        program = Program.load(data=dict(program_input, prime=hex(2**255 - 19)))
        vm_load_program(program, segments.add())
    %}
    return ();
}
