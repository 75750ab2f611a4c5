// REQUIRES: python_hints
// A function defined by one hint and called by a later one: its frame is a hint's too.
func main() {
    %{
        def halve(n):
            assert n % 2 == 0, f"{n} is odd"
            return n // 2
    %}
    [ap] = 6, ap++;
    %{ memory[ap] = halve(memory[ap - 1]) %}
    [ap] = [ap], ap++;
    %{ halve(memory[ap - 1]) %}
    [ap] = [ap - 1], ap++;
    return ();
}
