// REQUIRES: python_hints
// Hints importing cairo-lang: its helpers, and its RelocatableValue class, which the addresses
// hints get are instances of (in xcairo: once a hint has imported it).
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local signed;
    local root;
    local kinds;
    let (local ptr: felt*) = get_ptr();
    %{
        from starkware.cairo.common.math_utils import as_int
        from starkware.cairo.lang.vm.relocatable import RelocatableValue
        from starkware.python.math_utils import isqrt

        ids.signed = as_int(PRIME - 7, PRIME) * 3
        ids.root = isqrt(10 ** 6 + 5)
        ids.kinds = (
            isinstance(ids.ptr, RelocatableValue) * 100
            + isinstance(ap, RelocatableValue) * 10
            + isinstance(segments.add(), RelocatableValue)
        )
        print("ptr", ids.ptr, "fp - ap", fp - ap, "next", ids.ptr + 2, ids.ptr < ids.ptr + 1)
        memory[ids.ptr + 1] = ids.ptr
        assert memory[ids.ptr + 1] == ids.ptr
    %}
    assert [output_ptr] = signed;
    assert [output_ptr + 1] = root;
    assert [output_ptr + 2] = kinds;
    assert [output_ptr + 3] = cast(ptr[1], felt) - cast(ptr, felt);
    let output_ptr = output_ptr + 4;
    return ();
}

func get_ptr() -> (ptr: felt*) {
    tempvar ptr: felt*;
    %{
        from starkware.cairo.lang.vm.relocatable import RelocatableValue
        ids.ptr = segments.add()
    %}
    return (ptr=ptr);
}
