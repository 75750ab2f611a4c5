// Pointers to structs stored in the frame (&local needs __fp__), passed to functions.
from starkware.cairo.lang.compiler.lib.registers import get_fp_and_pc

struct Account {
    id: felt,
    balance: felt,
}

func deposit(acc: Account*, amount) -> felt {
    return acc.balance + amount;
}

func main() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local a: Account = Account(id=1, balance=500);
    local b: Account = Account(id=2, balance=70);
    let na = deposit(&a, 25);
    assert na = 525;
    let nb = deposit(&b, na);
    assert nb = 595;
    let p: Account* = &b;
    assert p.id = 2;
    let q: Account* = p - Account.SIZE;
    assert q.balance = 500;
    return ();
}
