// An error message that formats fp-based locals (and an argument) with {name}.
func check(limit) {
    alloc_locals;
    local value = limit * 2 + 1;
    local other = -3;
    with_attr error_message("value {value} exceeds limit {limit} (other: {other})") {
        assert value = limit;
    }
    return ();
}

func main() {
    check(20);
    return ();
}
