// A program that ends before 30 steps: cairo-run refuses to run past the end.
func main() {
    tempvar a = 1;
    tempvar b = a + 1;
    return ();
}
