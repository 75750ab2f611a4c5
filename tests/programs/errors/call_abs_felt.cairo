// call abs to a plain number: the pc is not in the program segment.
func main() {
    call abs 7;
    ret;
}
