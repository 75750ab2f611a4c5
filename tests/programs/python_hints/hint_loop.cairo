// REQUIRES: python_hints
// A hint in a loop: its scope variables persist from one iteration to the next.
%builtins output

func loop{output_ptr: felt*}(i: felt) {
    if (i == 0) {
        return ();
    }
    %{
        total = globals().get('total', 0) + ids.i
        memory[ids.output_ptr] = total
    %}
    let output_ptr = output_ptr + 1;
    return loop(i - 1);
}

func main{output_ptr: felt*}() {
    loop(5);
    return ();
}
