// Range-checked values widen rc_min/rc_max beyond the instructions' offsets.
%builtins output range_check

func check_all{range_check_ptr}(values: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    assert [range_check_ptr] = [values];
    let range_check_ptr = range_check_ptr + 1;
    return check_all(values + 1, n - 1);
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    local values: (felt, felt, felt, felt) = (0, 65535, 2 ** 127 + 5, 2 ** 100 + 3 * 2 ** 64);
    let (__fp__, _) = get_fp_and_pc();
    check_all(cast(&values, felt*), 4);
    assert [output_ptr] = 4;
    let output_ptr = output_ptr + 1;
    return ();
}

from starkware.cairo.common.registers import get_fp_and_pc
