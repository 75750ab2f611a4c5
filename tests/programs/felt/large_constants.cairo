// Constants at 2^64, 2^128, 2^192, 2^251 and beside them: limb boundaries of a felt.
%builtins output
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(18446744073709551615);
    serialize_word(18446744073709551616);
    serialize_word(340282366920938463463374607431768211455);
    serialize_word(340282366920938463463374607431768211456);
    serialize_word(6277101735386680763835789423207666416102355444464034512896);
    serialize_word(3618502788666131106986593281521497120414687020801267626233049500247285301248);
    tempvar x = 18446744073709551615;
    tempvar y = x + 1;
    tempvar z = y * y;
    tempvar w = z * z;
    tempvar v = w * y;
    serialize_word(z);
    serialize_word(w);
    serialize_word(v);
    return ();
}
