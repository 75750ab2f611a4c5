// 1000 mul_mod instances, (p - 2)^2 = 4 over p = 2^64 - 2^32 + 1, of one 1000-operation circuit
// (n counting down, offsets_ptr moving by 3), its offsets table far above the stack.
%builtins mul_mod
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_fp_and_pc

func write_instances(mul_mod_ptr: ModBuiltin*, values: UInt384*, offsets: felt*, n) -> ModBuiltin* {
    if (n == 0) {
        return mul_mod_ptr;
    }
    assert offsets[0] = 0;
    assert offsets[1] = 4;
    assert offsets[2] = 8;
    assert mul_mod_ptr[0] = ModBuiltin(
        p=UInt384(0xffffffff00000001, 0, 0, 0), values_ptr=values, offsets_ptr=offsets, n=n
    );
    return write_instances(mul_mod_ptr + ModBuiltin.SIZE, values, offsets + 3, n - 1);
}

func main{mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local values: (UInt384, UInt384, UInt384) = (
        UInt384(0xfffffffeffffffff, 0, 0, 0), UInt384(0xfffffffeffffffff, 0, 0, 0), UInt384(4, 0, 0, 0)
    );
    let mul_mod_ptr = write_instances(mul_mod_ptr, cast(&values, UInt384*), cast(__fp__, felt*) + 100000, 1000);
    return ();
}
