// signed_pow(0, -1): "Cannot raise 0 to a negative power."
%builtins range_check
from starkware.cairo.common.pow import signed_pow

func main{range_check_ptr}() {
    signed_pow(0, -1);
    return ();
}
