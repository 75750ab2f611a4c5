// FLAGS: --layout dynamic --cairo_layout_params_file {dir}/params/unexpected_key.json
// COMPILE_FLAGS:
// A parameters file with a field CairoLayoutParams does not have.
func main() {
    return ();
}
