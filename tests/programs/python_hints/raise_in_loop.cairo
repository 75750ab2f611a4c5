// REQUIRES: python_hints
// A hint in a loop that raises on its third run.
func loop(i: felt) {
    if (i == 0) {
        return ();
    }
    %{ assert ids.i != 3, f'i = {ids.i}' %}
    return loop(i - 1);
}

func main() {
    loop(5);
    return ();
}
