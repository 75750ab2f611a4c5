const LIMIT = 100;

func main() {
    with_attr error_message("limit is {LIMIT}") {
        assert 1 = 2;
    }
    return ();
}
