from starkware.cairo.lang.compiler.lib.registers import get_ap

const BIG = 2 ** 128;
const MINUS = -5;

namespace utils {
    func twice(x: felt) -> felt {
        return x * 2;
    }
}

func main() {
    %{ memory[ap] = 41 %}
    [ap] = [ap], ap++;
    loop:
    let y = utils.twice(3);
    let (p) = get_ap();
    ret;
}
