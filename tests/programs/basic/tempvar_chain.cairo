// A chain of tempvars, each computed from the previous ones.
func main() {
    tempvar a = 3;
    tempvar b = a * 7;
    tempvar c = b + a;
    tempvar d = c * c - b;
    tempvar e = d + 1000000;
    assert e = 1000555;
    return ();
}
