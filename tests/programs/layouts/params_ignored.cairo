// FLAGS: --layout recursive --cairo_layout_params_file {dir}/params/unexpected_key.json --print_info
// COMPILE_FLAGS:
// A parameters file is read for the dynamic layout only.
func main() {
    return ();
}
