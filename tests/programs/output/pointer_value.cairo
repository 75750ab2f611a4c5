// A relocatable value written to the output: printed as segment:offset, relocated in files.
%builtins output
from starkware.cairo.lang.compiler.lib.registers import get_fp_and_pc

func main(output_ptr: felt*) -> (output_ptr: felt*) {
    let (fp_val: felt*, _) = get_fp_and_pc();
    assert output_ptr[0] = 5;
    assert output_ptr[1] = cast(fp_val, felt);
    assert output_ptr[2] = cast(output_ptr, felt);
    return (output_ptr=output_ptr + 3);
}
