// ec.cairo's recover_y on an x that is not on the Stark curve.
from starkware.cairo.common.ec import recover_y

func main() {
    recover_y(5);
    return ();
}
