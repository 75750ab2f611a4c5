// let bindings to expressions, rebinding, and references to registers.
func main() {
    let a = 5;
    let b = a * 3 + 1;
    tempvar c = b;
    let c_ref = [ap - 1];
    tempvar d = c_ref * 2;
    let a = d + a;
    tempvar e = a;
    assert e = 37;
    let t = (e + 1, e - 1);
    tempvar f = t[0] * t[1];
    assert f = 1368;
    return ();
}
