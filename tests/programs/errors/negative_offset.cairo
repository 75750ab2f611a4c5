// main reads below its frame: the address offset wraps modulo P instead of going negative.
func main() {
    [ap] = [fp - 3], ap++;
    ret;
}
