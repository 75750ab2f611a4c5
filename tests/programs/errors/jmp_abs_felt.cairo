// A jump to an integer pc inside a called function, under an error_message attribute.
func f(x) {
    with_attr error_message("in f with x={x}") {
        jmp abs 100;
    }
}

func main() {
    with_attr error_message("in main") {
        f(3);
    }
    ret;
}
