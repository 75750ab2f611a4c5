// FLAGS: --print_info --relocate_prints --min_steps 4
// --min_steps below the steps the program needs: the run is unchanged.
func main() {
    tempvar a = 2;
    tempvar b = a * a;
    tempvar c = b * b;
    tempvar d = c * c;
    tempvar e = d * d;
    tempvar f = e * e;
    assert f = 4294967296;
    return ();
}
