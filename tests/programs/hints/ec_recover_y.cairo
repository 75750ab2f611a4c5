// ec.cairo's recover_y on the Stark curve: the generator's and the shift point's x.
%builtins output
from starkware.cairo.common.ec import recover_y
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local p) = recover_y(0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca);
    let (local q) = recover_y(0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804);
    serialize_word(p.x);
    serialize_word(p.y);
    serialize_word(q.y);
    return ();
}
