// REQUIRES: python_hints
// FLAGS: --layout small --print_output --print_info --program_input {compiled}/loaded/inner.cairo
// vm_load_program as a bootloader uses it: a hint writes a compiled program (the program_input)
// into a new segment and loads it; main calls its function run twice through `call abs`, with its
// output pointer. The loaded program's Python and library hints run at their new pcs.
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
    run_inner(0);
    run_inner(0);
    return ();
}
