// REQUIRES: python_hints
// An exception class defined by the hint itself.
func main() {
    %{
        class TooBig(Exception):
            pass
        raise TooBig('value 99 is too big')
    %}
    return ();
}
