// REQUIRES: python_hints
// vm_add_auto_deduction_rule on a new segment: the cells instructions read are deduced (written,
// reduced modulo P); cells nothing reads stay unknown.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local seg: felt*;
    %{
        ids.seg = segments.add()
        def double_offset(vm, addr):
            return addr.offset * 2
        vm_add_auto_deduction_rule(ids.seg.segment_index, double_offset)
    %}
    serialize_word(seg[3]);
    serialize_word(seg[10] + seg[1]);
    %{
        print("seg[3]", memory[ids.seg + 3], "seg[4] known", ids.seg + 4 in memory)
        print("seg[10]", memory.get(ids.seg + 10))
    %}
    return ();
}
