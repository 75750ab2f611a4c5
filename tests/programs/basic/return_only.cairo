// The smallest program: main returns at once.
func main() {
    return ();
}
