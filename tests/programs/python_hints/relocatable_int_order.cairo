// REQUIRES: python_hints
// A relocatable against an integer in a hint: integers order below every address; a relocatable
// plus a negative integer and an address modulo an integer keep the segment.
%builtins output

func main{output_ptr: felt*}() {
    %{
        print(ap > 3, ap < 3, ap >= 3, ap <= 3, ap == 3, ap != 3)
        print(ap > 10**80, ap < 10**80, fp - 1 == fp + (-1), (fp + 5) % 4, -3 + ap)
    %}
    return ();
}
