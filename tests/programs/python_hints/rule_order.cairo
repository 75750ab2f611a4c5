// REQUIRES: python_hints
// Two deduction rules on one segment: tried in the order added, the first value wins; the
// deduced cells go through the segment's validation rule.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def odd(vm, addr):
            print("odd", addr)
            if addr.offset % 2 == 1:
                return 7
        def any_offset(vm, addr):
            print("any", addr)
            return 100 + addr.offset
        def check(memory, addr):
            print("validate", addr, memory[addr])
            return {addr}
        vm_add_auto_deduction_rule(ids.seg.segment_index, odd)
        vm_add_auto_deduction_rule(ids.seg.segment_index, any_offset)
        vm_add_validation_rule(ids.seg.segment_index, check)
    %}
    serialize_word(seg[1]);
    serialize_word(seg[2]);
    return ();
}
