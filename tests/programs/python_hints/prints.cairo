// REQUIRES: python_hints
// print() from hints reaches stdout before the run's own report; field helpers of the hints.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local x = 12;
    local inv;
    %{
        print("x =", ids.x, "ap - fp =", ap - fp)
        ids.inv = fdiv(1, ids.x)
        print("inverse ok:", fmul(ids.inv, ids.x) == 1, "sqrt:", fsqrt(ids.x * ids.x) == ids.x)
        print("PRIME bits:", PRIME.bit_length(), "step:", current_step)
    %}
    assert [output_ptr] = inv * x;
    let output_ptr = output_ptr + 1;
    return ();
}
