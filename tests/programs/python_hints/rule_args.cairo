// REQUIRES: python_hints
// A deduction rule with extra arguments, reading memory through the vm object it gets
// (vm.validated_memory, vm.run_context, vm.prime, vm.current_step, vm.is_integer_value).
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local table: felt*;
    local scale = 3;
    %{
        ids.table = segments.add()
        def scaled(vm, addr, scale_addr, offset):
            scale = vm.validated_memory[scale_addr]
            assert vm.is_integer_value(scale) and not vm.is_integer_value(addr)
            context = vm.run_context
            print("rule at", addr, "step", vm.current_step, "pc", context.pc, "ap", context.ap,
                  "fp", context.fp)
            return (vm.run_context.memory[scale_addr] * addr.offset + offset) % vm.prime
        vm_add_auto_deduction_rule(ids.table.segment_index, scaled, fp + 1, 100)
    %}
    serialize_word(table[2]);
    serialize_word(table[5]);
    serialize_word(table[2]);
    return ();
}
