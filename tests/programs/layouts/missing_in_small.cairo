// FLAGS: --layout small
// COMPILE_FLAGS:
// The small layout has no bitwise builtin.
%builtins output bitwise
func main{output_ptr: felt*, bitwise_ptr}() {
    return ();
}
