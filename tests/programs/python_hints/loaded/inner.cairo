// The program that python_hints/load_program*.cairo load with vm_load_program and call through
// `call abs` at its function run. Its mode: 0 runs through, 1 fails in a Python hint, 2 fails an
// assert under an error_message attribute (whose reference cairo-lang resolves in the loading
// program).
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import assert_nn

func raise_in_hint(mode) {
    %{
        if ids.mode == 1:
            raise ValueError(f"inner hint refuses mode {ids.mode}")
    %}
    return ();
}

func check_mode(mode) {
    if (mode == 2) {
        with_attr error_message("inner: mode {mode} is refused") {
            assert mode = 0;
        }
        return ();
    }
    return ();
}

func run{output_ptr: felt*, range_check_ptr}(mode) {
    alloc_locals;
    let (values: felt*) = alloc();
    local n;
    %{
        # The loaded program's own ids, pc and scope.
        for i, v in enumerate([3, 5, 8]):
            memory[ids.values + i] = v
        ids.n = 3
        calls = globals().get("calls", 0) + 1
        print(f"inner run: pc segment is not 0: {pc.segment_index != 0}, call {calls}")
    %}
    assert_nn(n);
    assert output_ptr[0] = values[0] + values[1] + values[2];
    assert output_ptr[1] = n;
    let output_ptr = output_ptr + 2;
    raise_in_hint(mode);
    check_mode(mode);
    return ();
}
