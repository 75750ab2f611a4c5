// A hint loads the program given as --program_input (its main without arguments) into a new
// segment with vm_load_program; main calls that main.
func main() {
    alloc_locals;
    local inner_main;
    %{
        from starkware.cairo.lang.compiler.program import Program
        program = Program.load(data=program_input)
        base = segments.add()
        segments.write_arg(base, program.data)
        vm_load_program(program, base)
        ids.inner_main = base + program.main
    %}
    call abs inner_main;
    return ();
}
