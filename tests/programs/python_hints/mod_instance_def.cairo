// REQUIRES: python_hints
// FLAGS: --layout dynamic --cairo_layout_params_file {dir}/../mod_builtins/params/mod.json --print_output --print_info
// The add_mod and mul_mod builtins' instance_def, as run_mod_p_circuit reads it.
%builtins output add_mod mul_mod

func main{output_ptr: felt*, add_mod_ptr: felt*, mul_mod_ptr: felt*}() {
    alloc_locals;
    local add_batch;
    local mul_words;
    %{
        ids.add_batch = builtin_runners["add_mod_builtin"].instance_def.batch_size
        d = mul_mod_builtin.instance_def
        ids.mul_words = d.n_words * 1000 + d.word_bit_len
        print("mul_mod ratio", d.ratio)
    %}
    assert [output_ptr] = add_batch;
    assert [output_ptr + 1] = mul_words;
    let output_ptr = output_ptr + 2;
    return ();
}
