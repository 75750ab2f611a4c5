// FLAGS: --layout dynamic
// COMPILE_FLAGS:
// The dynamic layout needs --cairo_layout_params_file.
func main() {
    return ();
}
