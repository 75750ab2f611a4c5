// REQUIRES: python_hints
// FLAGS: --layout small --print_output --print_info --program_input {compiled}/loaded/inner.cairo
// vm_load_program: a Python hint of the loaded program fails; the error shows its location in
// the loaded program's .cairo file and a Cairo traceback through both programs.
%builtins output range_check

func run_inner{output_ptr: felt*, range_check_ptr}(mode) {
    alloc_locals;
    local inner_run;
    %{
        from starkware.cairo.lang.compiler.program import Program
        program = Program.load(data=program_input)
        base = segments.add()
        segments.write_arg(base, program.data)
        vm_load_program(program, base)
        ids.inner_run = base + program.get_label("run")
    %}
    [ap] = output_ptr, ap++;
    [ap] = range_check_ptr, ap++;
    [ap] = mode, ap++;
    call abs inner_run;
    let output_ptr = cast([ap - 2], felt*);
    let range_check_ptr = [ap - 1];
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    run_inner(1);
    return ();
}
