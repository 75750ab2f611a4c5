// FLAGS: --proof_mode --layout recursive --secure_run
// --secure_run in proof mode: the builtins the program does not use have no stop pointer.
%builtins output
func main{output_ptr: felt*}() {
    return ();
}
