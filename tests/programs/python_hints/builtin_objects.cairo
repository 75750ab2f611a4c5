// REQUIRES: python_hints
// The builtin runner objects: instance_def where cairo-lang's runner has one, range_check's
// bound, vm_ecdsa_additional_data.
%builtins output pedersen range_check

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    alloc_locals;
    local ratio;
    local has_def;
    %{
        ids.ratio = pedersen_builtin.instance_def.ratio
        ids.has_def = (hasattr(builtin_runners["pedersen_builtin"], "instance_def") * 10
                       + hasattr(range_check_builtin, "instance_def"))
        print("bound bits", range_check_builtin.bound.bit_length() - 1)
        print("ecdsa data", type(vm_ecdsa_additional_data).__name__, len(vm_ecdsa_additional_data))
        try:
            range_check_builtin.instance_def
        except AttributeError as e:
            print(e)
    %}
    assert [output_ptr] = ratio;
    assert [output_ptr + 1] = has_def;
    let output_ptr = output_ptr + 2;
    return ();
}
