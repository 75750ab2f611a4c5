// Values around (P - 1) / 2: where cairo-run's signed printing switches sign.
%builtins output
from starkware.cairo.common.serialize import serialize_word

const HALF = 1809251394333065606848661391547535052811553607665798349986546028067936010240;

func main{output_ptr: felt*}() {
    serialize_word(HALF - 1);
    serialize_word(HALF);
    serialize_word(HALF + 1);
    serialize_word(HALF + 2);
    tempvar h = HALF;
    tempvar two_h = h + h;
    serialize_word(two_h);
    tempvar inv2 = 1 / 2;
    serialize_word(inv2);
    return ();
}
