// REQUIRES: python_hints
// print with several arguments, sep and end, of ints, strings, addresses and lists.
func main() {
    alloc_locals;
    local a = 5;
    %{
        print('a =', ids.a, 'fp =', fp, sep=' | ')
        print([1, 2], (3,), end='!\n')
        print(ids.a - 10, PRIME - 1)
        print()
    %}
    return ();
}
