// if/else on equality, nested, with tempvars in both branches.
func classify(x) -> felt {
    if (x == 0) {
        return 100;
    }
    if (x == 1) {
        tempvar r = 200;
    } else {
        if (x == 7) {
            tempvar r = 300;
        } else {
            tempvar r = x * 1000;
        }
    }
    return r + 1;
}

func main() {
    alloc_locals;
    let a = classify(0);
    local a = a;
    let b = classify(1);
    local b = b;
    let c = classify(7);
    local c = c;
    let d = classify(5);
    assert a + b + c + d = 100 + 201 + 301 + 5001;
    if (a != b) {
        [ap] = 1, ap++;
    } else {
        [ap] = 2, ap++;
    }
    return ();
}
