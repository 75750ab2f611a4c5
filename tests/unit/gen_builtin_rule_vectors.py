"""Writes tests/unit/builtin_rule_vectors.hpp: what cairo-lang's own builtin runners deduce, and the
assertion texts they raise, for the pedersen, poseidon, ec_op and keccak auto-deduction rules and
the ecdsa validation rule. Each case fills a fresh builtin segment (index 3), calls the rule of a
real cairo-lang runner on one address and records the value or the error text. Run it with the
reference venv:
    /opt/xcairo/cairo-lang-0.14.0.1/bin/python tests/unit/gen_builtin_rule_vectors.py \
        > tests/unit/builtin_rule_vectors.hpp
"""
from starkware.cairo.lang.builtins.ec.ec_op_builtin_runner import EcOpBuiltinRunner
from starkware.cairo.lang.builtins.hash.hash_builtin_runner import HashBuiltinRunner
from starkware.cairo.lang.builtins.keccak.keccak_builtin_runner import KeccakBuiltinRunner
from starkware.cairo.lang.builtins.poseidon.poseidon_builtin_runner import PoseidonBuiltinRunner
from starkware.cairo.lang.builtins.signature.signature_builtin_runner import (
    SignatureBuiltinRunner,
)
from starkware.cairo.lang.instances import LAYOUTS
from starkware.cairo.lang.vm.cairo_runner import process_ecdsa, verify_ecdsa_sig
from starkware.cairo.lang.vm.memory_dict import MemoryDict
from starkware.cairo.lang.vm.relocatable import RelocatableValue
from starkware.crypto.signature import signature as sig
from starkware.crypto.signature.fast_pedersen_hash import pedersen_hash

SEGMENT = 3
P = sig.FIELD_PRIME
G = tuple(sig.EC_GEN)
SHIFT = tuple(sig.CONSTANT_POINTS[0])
# A signature of msg 0x1 by key KEY (from tests/unit/curve_vectors.hpp's first ECDSA vector).
KEY = 0x2ABBEFDCBF731195EE2ACD186441EB536E86F888327B3655CFFBD07B57DBF26
R = 0x58DAD421BFE4B1FAC5DB66096AC3FF767652FFD3D9947221F5AE0312FD90523
S = 0x1D8D81EE4D95D9EEB1BFB511ACCF25991246EBC4A7683C4E6FF6241D3552574


class Rel:
    def __init__(self, segment, offset):
        self.value = RelocatableValue(segment, offset)


def make_runner(name):
    starknet = LAYOUTS["starknet_with_keccak"].builtins
    if name == "pedersen":
        return HashBuiltinRunner("pedersen", True, 8, pedersen_hash)
    if name == "poseidon":
        return PoseidonBuiltinRunner(True, starknet["poseidon"])
    if name == "ec_op":
        return EcOpBuiltinRunner(True, starknet["ec_op"])
    if name == "keccak":
        return KeccakBuiltinRunner(True, starknet["keccak"])
    return SignatureBuiltinRunner("ecdsa", True, 512, process_ecdsa, verify_ecdsa_sig)


class FakeVm:
    def __init__(self, memory):
        self.run_context = type("RunContext", (), {"memory": memory})()
        self.rules = []

    @staticmethod
    def is_integer_value(value):
        return isinstance(value, int)

    def add_auto_deduction_rule(self, segment_index, rule, *args):
        self.rules.append(lambda addr: rule(self, addr, *args))

    def add_validation_rule(self, segment_index, rule, *args):
        self.rules.append(lambda addr: rule(self.run_context.memory, addr, *args))


def run_case(name, cells, target, signature=None):
    memory = MemoryDict()
    for offset, value in cells:
        memory[RelocatableValue(SEGMENT, offset)] = value.value if isinstance(value, Rel) else value
    runner = make_runner(name)
    runner._base = RelocatableValue(SEGMENT, 0)
    vm = FakeVm(memory)
    fake_runner = type("Runner", (), {"vm": vm})()
    runner.add_auto_deduction_rules(fake_runner)
    runner.add_validation_rules(fake_runner)
    if signature is not None:
        runner.add_signature(RelocatableValue(SEGMENT, 0), signature)
    try:
        value = vm.rules[0](RelocatableValue(SEGMENT, target))
    except AssertionError as exc:
        return None, str(exc)
    return (value if isinstance(value, int) else None), None


def c_str(text):
    if text is None:
        return "nullptr"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def cell_text(offset, value):
    if isinstance(value, Rel):
        return f'{{{offset}, "", {value.value.segment_index}, {value.value.offset}}}'
    return f'{{{offset}, "{hex(value)}", -1, 0}}'


def cells_of(values):
    return list(enumerate(values))


def cases():
    pointer = Rel(2, 0)
    yield "pedersen", cells_of([1, 3]), 2
    yield "pedersen", cells_of([P - 1, 0]), 2
    yield "pedersen", cells_of([1, 3]), 1
    yield "pedersen", cells_of([1]), 2
    yield "pedersen", cells_of([pointer, 3]), 2
    yield "pedersen", cells_of([7, pointer]), 2
    yield "pedersen", [(3, 5), (4, 6)], 5
    yield "poseidon", cells_of([1, 2, 3]), 3
    yield "poseidon", cells_of([1, 2, 3]), 5
    yield "poseidon", cells_of([0, 0, P - 1]), 4
    yield "poseidon", cells_of([1, 2]), 3
    yield "poseidon", cells_of([1, 2, pointer]), 4
    yield "poseidon", cells_of([pointer, 2, Rel(1, 7)]), 3
    point_inputs = [SHIFT[0], SHIFT[1], G[0], G[1], 5]
    yield "ec_op", cells_of(point_inputs), 5
    yield "ec_op", cells_of(point_inputs), 6
    yield "ec_op", cells_of([G[0], G[1], SHIFT[0], SHIFT[1], P - 1]), 6
    yield "ec_op", cells_of(point_inputs[:4]), 5
    yield "ec_op", cells_of([1, 2, G[0], G[1], 5]), 5
    yield "ec_op", cells_of([G[0], G[1], G[0], 3, 5]), 6
    yield "ec_op", cells_of([G[0], G[1], G[0], G[1], 1]), 5
    yield "ec_op", cells_of([SHIFT[0], SHIFT[1], G[0], G[1], pointer]), 5
    yield "ec_op", cells_of([SHIFT[0], SHIFT[1], G[0], G[1], 0]), 6
    small = [1, 2, 3, 4, 5, 6, 7, 2**200 - 1]
    yield "keccak", cells_of(small), 8
    yield "keccak", cells_of(small), 15
    yield "keccak", cells_of(small[:7]), 8
    yield "keccak", cells_of([1, 2, 3, 2**200, 5, 6, 7, 8]), 9
    yield "keccak", cells_of([1, 2, pointer, 2**200, 5, 6, 7, 8]), 9
    yield "keccak", cells_of([1, 2, 3, 4, 5, 6, P - 1, pointer]), 12


def ecdsa_cases():
    """(cells, target, signature or None)."""
    yield [(0, KEY), (1, 1)], 1, (R, S)
    yield [(0, KEY), (1, 1)], 0, (R, S)
    yield [(0, KEY)], 0, (R, S)
    yield [(1, 1)], 1, None
    yield [(0, KEY), (1, 2)], 1, (R, S)
    yield [(0, KEY), (1, 1)], 1, (R, S + 1)
    yield [(0, 5), (1, 1)], 1, (R, S)
    yield [(0, KEY), (1, 1)], 1, None
    yield [(0, Rel(2, 0)), (1, 1)], 1, None
    yield [(0, KEY), (1, Rel(3, 0))], 0, None
    yield [(0, KEY), (1, 1)], 1, (R, 0)
    yield [(0, KEY), (1, 1)], 1, (R, sig.EC_ORDER)
    yield [(0, KEY), (1, 1)], 1, (0, S)
    yield [(0, KEY), (1, 1)], 1, (2**251, S)
    yield [(0, KEY), (1, 1)], 1, (R, 3)
    yield [(0, KEY), (1, 2**251)], 1, (R, S)


def limbs(v):
    return "{" + ", ".join(f"0x{(v >> (64 * i)) & (2**64 - 1):x}ULL" for i in range(4)) + "}"


def main():
    print("#pragma once")
    print("// cairo-lang's builtin rules on sample segments. Generated by")
    print("// tests/unit/gen_builtin_rule_vectors.py with cairo-lang's own runners. Do not edit.")
    print("#include <cstdint>")
    print()
    print("namespace xcairo::builtin_rule_vectors {")
    print()
    print("/// A cell of segment 3: a felt (hex), or a relocatable when segment >= 0.")
    print("struct CellText { uint64_t offset; const char* felt; int64_t segment; uint64_t rel_offset; };")
    print("/// The rule applied at `target`: its value (nullptr: none), or its assertion text.")
    print("struct RuleCase {")
    print("    const char* builtin; CellText cells[8]; int n_cells; uint64_t target;")
    print("    const char* value; const char* error;")
    print("};")
    print("/// The ecdsa validation rule after writing `target`; has_signature: (r, s) added at 3:0.")
    print("struct EcdsaCase {")
    print("    CellText cells[2]; int n_cells; uint64_t target; bool has_signature;")
    print("    uint64_t r[4]; uint64_t s[4]; const char* error;")
    print("};")
    print()
    print("inline constexpr RuleCase kRules[] = {")
    for name, cells, target in cases():
        value, error = run_case(name, cells, target)
        cell_list = ", ".join(cell_text(o, v) for o, v in cells)
        print(
            f'    {{"{name}", {{{cell_list}}}, {len(cells)}, {target}, '
            f"{c_str(None if value is None else hex(value))}, {c_str(error)}}},"
        )
    print("};")
    print()
    print("inline constexpr EcdsaCase kEcdsa[] = {")
    for cells, target, signature in ecdsa_cases():
        _, error = run_case("ecdsa", cells, target, signature)
        r, s = signature if signature is not None else (0, 0)
        cell_list = ", ".join(cell_text(o, v) for o, v in cells)
        print(
            f"    {{{{{cell_list}}}, {len(cells)}, {target}, "
            f"{'true' if signature is not None else 'false'}, {limbs(r)}, {limbs(s)}, "
            f"{c_str(error)}}},"
        )
    print("};")
    print()
    runner = make_runner("ecdsa")
    runner._base = RelocatableValue(SEGMENT, 0)
    print("/// add_signature's assertion texts for a felt, another segment, an odd offset.")
    print("inline constexpr const char* kAddSignatureErrors[] = {")
    for addr in [5, RelocatableValue(2, 0), RelocatableValue(SEGMENT, 1)]:
        try:
            runner.add_signature(addr, (R, S))
        except AssertionError as exc:
            print(f"    {c_str(str(exc))},")
    print("};")
    print()
    entry = process_ecdsa(KEY, 1, (R, S))
    print("/// process_ecdsa of the valid signature (the AIR private input's signature_input).")
    print(f'inline constexpr const char* kSignatureInputR = "{entry["r"]}";')
    print(f'inline constexpr const char* kSignatureInputW = "{entry["w"]}";')
    print()
    print("}  // namespace xcairo::builtin_rule_vectors")


if __name__ == "__main__":
    main()
