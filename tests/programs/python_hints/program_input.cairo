// REQUIRES: python_hints
// FLAGS: --layout small --print_output --print_info --program_input {dir}/program_input.json
// program_input: the --program_input file's JSON, in the main scope.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local n;
    local total;
    %{
        ids.n = len(program_input["values"])
        ids.total = sum(program_input["values"]) * program_input["scale"]
    %}
    assert [output_ptr] = n;
    assert [output_ptr + 1] = total;
    let output_ptr = output_ptr + 2;
    return ();
}
