"""Writes tests/unit/mod_vectors.hpp: known answers for the add_mod and mul_mod builtins, computed by
cairo-lang's own ModBuiltinRunner (fill_memory and run_security_checks) on a MemoryDict. Run it with
the reference venv:
    /opt/xcairo/cairo-lang-0.14.0.1/bin/python tests/unit/gen_mod_vectors.py \
        > tests/unit/mod_vectors.hpp

Segments: 0 add_mod, 1 mul_mod, 2 values table, 3 add_mod offsets, 4 mul_mod offsets.
"""
import json
import random

from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import (
    AddModBuiltinRunner,
    ModBuiltinRunner,
    MulModBuiltinRunner,
)
from starkware.cairo.lang.instances import all_cairo_instance
from starkware.cairo.lang.vm.memory_dict import MemoryDict
from starkware.cairo.lang.vm.relocatable import RelocatableValue as R

ADD = AddModBuiltinRunner(included=True, instance_def=all_cairo_instance.builtins["add_mod"])
MUL = MulModBuiltinRunner(included=True, instance_def=all_cairo_instance.builtins["mul_mod"])
ADD._base = R(0, 0)
MUL._base = R(1, 0)
VALUES, ADD_OFFSETS, MUL_OFFSETS = R(2, 0), R(3, 0), R(4, 0)
BLS = 0x1A0111EA397FE69A4B1BA7B6434BACD764774B84F38512BF6730D2A0F6B0F6241EABFFFEB153FFFFB9FEFFFFFFFFAAAB
rng = random.Random(384)


def words(x):
    return [(x >> (96 * i)) % 2**96 for i in range(4)]


def text(v):
    return f"r:{v.segment_index}:{v.offset}" if isinstance(v, R) else str(v)


def cells(items):
    return "{" + ", ".join(f'{{{a.segment_index}, {a.offset}, "{text(v)}"}}' for a, v in items) + "}"


def instance(memory, ptr, p, offsets, n):
    for i, w in enumerate(words(p)):
        memory[ptr + i] = w
    memory[ptr + 4] = VALUES
    memory[ptr + 5] = offsets
    if n is not None:
        memory[ptr + 6] = n


def value(memory, index, x):
    for i, w in enumerate(words(x) if isinstance(x, int) else [x, 0, 0, 0]):
        memory[VALUES + 4 * index + i] = w


def error_of(exc):
    name = type(exc).__name__
    module = type(exc).__module__
    qualified = name if module == "builtins" else f"{module}.{name}"
    return qualified, str(exc)


fill_vectors = []
check_vectors = []
private_vectors = []


def fill_case(name, setup, add_n=None, mul_n=None):
    memory = MemoryDict()
    setup(memory)
    before = list(memory.items())
    error = ("", "")
    try:
        ModBuiltinRunner.fill_memory(
            memory,
            (R(0, 0), ADD, add_n) if add_n is not None else None,
            (R(1, 0), MUL, mul_n) if mul_n is not None else None,
        )
    except Exception as exc:
        error = error_of(exc)
    written = list(memory.items())[len(before) :]
    fill_vectors.append(
        f'    {{"{name}", {cells(before)}, {-1 if add_n is None else add_n}, '
        f'{-1 if mul_n is None else mul_n}, {cells(written)}, "{error[0]}", "{error[1]}"}},'
    )


# Flat addresses of segments 0..5 (5: the zeros) for the AIR private input.
SEGMENT_BASES = [1, 100, 200, 300, 400, 500]


class FakeRunner:
    def __init__(self, memory):
        self.vm_memory = memory
        self.segments = self

    def relocate_value(self, v):
        return SEGMENT_BASES[v.segment_index] + v.offset if isinstance(v, R) else v

    def get_segment_used_size(self, index):
        return max([a.offset + 1 for a in self.vm_memory.keys() if a.segment_index == index] + [0])


def check_case(name, builtin, setup):
    memory = MemoryDict()
    setup(memory)
    error = None
    try:
        builtin.run_security_checks(FakeRunner(memory))
    except Exception as exc:
        error = error_of(exc)
    expected = "nullptr, nullptr" if error is None else f'"{error[0]}", "{error[1]}"'
    check_vectors.append(f'    {{"{name}", {int(builtin is MUL)}, {cells(memory.items())}, {expected}}},')


def private_case(name, builtin, setup):
    memory = MemoryDict()
    setup(memory)
    builtin.zero_value = R(5, 0)
    error, result = ("", ""), ""
    try:
        result = json.dumps(
            builtin.air_private_input(FakeRunner(memory))[builtin.name],
            sort_keys=True,
            separators=(",", ":"),
        )
    except Exception as exc:
        error = error_of(exc)
    private_vectors.append(
        f'    {{"{name}", {int(builtin is MUL)}, {cells(memory.items())}, "{error[0]}", "{error[1]}", '
        f"R\"({result})\"}},"
    )


def gate(memory, offsets_segment, index, a, b, c):
    for k, off in enumerate((a, b, c)):
        memory[offsets_segment + 3 * index + k] = off


def one_gate(p, a, b, c, mul, n=1, known=(True, True, True), offsets=(0, 4, 8)):
    """Setup: one instance of add_mod (or mul_mod) over p with values a, b, c (those known)."""

    def setup(memory):
        instance(memory, R(1, 0) if mul else R(0, 0), p, MUL_OFFSETS if mul else ADD_OFFSETS, n)
        gate(memory, MUL_OFFSETS if mul else ADD_OFFSETS, 0, *offsets)
        for i, (x, k) in enumerate(zip((a, b, c), known)):
            if k:
                value(memory, offsets[i] // 4, x)

    return setup


# Random operations: each missing operand in turn, p of random sizes.
for i in range(24):
    mul = i % 2 == 1
    p = rng.getrandbits(rng.choice([8, 64, 200, 381, 384])) | 1
    if i % 6 == 5:
        p = BLS
    a, b = rng.randrange(p), rng.randrange(p)
    c = (a * b if mul else a + b) % p
    missing = i % 3
    if rng.random() < 0.3:
        c += p if not mul else p * rng.randrange(1, 2**20)  # a larger quotient k
    known = tuple(k != missing for k in range(3))
    n = dict(add_n=1) if not mul else dict(mul_n=1)
    # mul_mod's n unset: fill_memory writes it (0 when an operand has no inverse).
    fill_case(f"random_{i}", one_gate(p, a, b, c, mul, n=None if mul else 1, known=known), **n)

# Chosen cases.
fill_case("add_c_at_k1", one_gate(7, 5, 6, 0, False, known=(1, 1, 0)), add_n=1)
fill_case("add_b_below", one_gate(7, 5, 0, 2, False, known=(1, 0, 1)), add_n=1)
fill_case("add_b_wraps", one_gate(7, 5, 0, 3, False, known=(1, 0, 1)), add_n=1)
fill_case("add_a_missing", one_gate(7, 0, 6, 4, False, known=(0, 1, 1)), add_n=1)
fill_case("add_addend_too_large", one_gate(7, 20, 0, 3, False, known=(1, 0, 1)), add_n=1)
fill_case("add_too_large", one_gate(3, 2**384 - 1, 2**384 - 1, 0, False, known=(1, 1, 0)), add_n=1)
fill_case("mul_too_large", one_gate(3, 2**384 - 1, 2**384 - 1, 0, True, known=(1, 1, 0)), mul_n=1)
fill_case("mul_negative_k", one_gate(7, 3, 0, 20, True, known=(1, 0, 1)), mul_n=1)
fill_case("mul_zero_divisor", one_gate(15, 6, 0, 3, True, n=None, known=(1, 0, 1)), mul_n=1)
fill_case("mul_zero_known", one_gate(15, 0, 0, 3, True, n=None, known=(1, 0, 1)), mul_n=1)
fill_case("mul_p_one", one_gate(1, 5, 0, 0, True, known=(1, 0, 1)), mul_n=1)
fill_case("mul_p_one_zero_known", one_gate(1, 0, 0, 4, True, known=(1, 0, 1)), mul_n=1)
fill_case("mul_p_zero", one_gate(0, 6, 0, 4, True, n=None, known=(1, 0, 1)), mul_n=1)
fill_case("mul_p_zero_unit", one_gate(0, 1, 0, 4, True, known=(1, 0, 1)), mul_n=1)
fill_case("mul_p_zero_zero", one_gate(0, 0, 0, 4, True, known=(1, 0, 1)), mul_n=1)
fill_case("add_p_zero", one_gate(0, 5, 6, 0, False, known=(1, 1, 0)), add_n=1)
fill_case("mul_n_unset", one_gate(BLS, 3, 5, 0, True, n=None, known=(1, 1, 0)), mul_n=1)
fill_case("all_known", one_gate(7, 3, 5, 1, False), add_n=1)
fill_case("two_missing_mul", one_gate(7, 3, 5, 1, True, known=(1, 0, 0)), mul_n=1)
fill_case("inconsistent", one_gate(7, 3, 5, 1, False, known=(1, 1, 0), offsets=(0, 4, 6)), add_n=1)
fill_case("n_too_large", one_gate(7, 3, 5, 1, False), add_n=100001)
fill_case("mul_n_too_large", one_gate(7, 3, 5, 1, True), mul_n=100001)
fill_case("none_given", one_gate(7, 3, 5, 1, False), add_n=0)
def large_word(setup, addr):
    def with_large_word(memory):
        setup(memory)
        del memory.data[addr]
        memory[addr] = 2**96

    return with_large_word


fill_case("word_too_large", large_word(one_gate(7, 3, 5, 1, False), R(0, 1)), add_n=1)
fill_case("value_word_too_large", large_word(one_gate(7, 3, 5, 1, False, known=(1, 1, 0)), R(2, 7)), add_n=1)
fill_case("value_word_pointer", one_gate(7, 3, 5, R(2, 0), False), add_n=1)


def padded(memory):
    # add_mod: n = 3 in the first instance, one gate given: the offsets and instances are filled.
    instance(memory, R(0, 0), 11, ADD_OFFSETS, 3)
    gate(memory, ADD_OFFSETS, 0, 0, 4, 8)
    value(memory, 0, 3)
    value(memory, 1, 4)


fill_case("add_padded", padded, add_n=1)


def circuit(memory):
    # x0 = 3, x1 = 4; x2 = x0 + x1; x3 = x2 * x2; x4 = x3 + x0; x5 = x4 * x1 (mod BLS), mul_mod's n
    # left for fill_memory.
    instance(memory, R(0, 0), BLS, ADD_OFFSETS, 2)
    instance(memory, R(1, 0), BLS, MUL_OFFSETS, None)
    gate(memory, ADD_OFFSETS, 0, 0, 4, 8)
    gate(memory, ADD_OFFSETS, 1, 12, 0, 16)
    gate(memory, MUL_OFFSETS, 0, 8, 8, 12)
    gate(memory, MUL_OFFSETS, 1, 16, 4, 20)
    value(memory, 0, BLS - 3)
    value(memory, 1, 4)


fill_case("circuit", circuit, add_n=2, mul_n=2)


def circuit_with_inverse(memory):
    # x0 = 6, x1 = 3 (mod 15): x2 = x1 / x0 has no inverse: the nullifier goes in x2, n = 0.
    instance(memory, R(1, 0), 15, MUL_OFFSETS, None)
    gate(memory, MUL_OFFSETS, 0, 0, 8, 4)
    gate(memory, MUL_OFFSETS, 1, 4, 4, 12)
    value(memory, 0, 6)
    value(memory, 1, 3)


fill_case("circuit_with_inverse", circuit_with_inverse, mul_n=2)


def stuck(memory):
    instance(memory, R(0, 0), 7, ADD_OFFSETS, 1)
    instance(memory, R(1, 0), 7, MUL_OFFSETS, 1)
    gate(memory, ADD_OFFSETS, 0, 0, 4, 8)
    gate(memory, MUL_OFFSETS, 0, 8, 12, 16)
    value(memory, 0, 1)


fill_case("stuck", stuck, add_n=1, mul_n=1)


def relocatable_offset(memory):
    one_gate(7, 3, 5, 1, False)(memory)
    memory[ADD_OFFSETS + 20] = 0
    del memory.data[ADD_OFFSETS + 1]
    memory[ADD_OFFSETS + 1] = R(2, 0)


fill_case("relocatable_offset", relocatable_offset, add_n=1)


def no_values_ptr(memory):
    one_gate(7, 3, 5, 1, True)(memory)
    del memory.data[R(1, 4)]
    memory[R(1, 4)] = 12


fill_case("values_ptr_felt", no_values_ptr, mul_n=1)

# Final checks.
check_case("ok", ADD, one_gate(BLS, BLS - 5, BLS - 9, BLS - 14, False))
check_case("ok_mul", MUL, one_gate(BLS, BLS - 5, BLS - 9, 45, True))
check_case("wrong_sum", ADD, one_gate(7, 3, 5, 2, False))
check_case("k_too_large", ADD, one_gate(7, 7, 7, 0, False))
check_case("mul_k_negative", MUL, one_gate(7, 3, 5, 22, True))
check_case("n_too_large", ADD, one_gate(7, 3, 5, 1, False, n=2))
check_case("n_zero", MUL, one_gate(7, 3, 5, 1, True, n=0))
check_case("p_zero", MUL, one_gate(0, 3, 5, 15, True))
check_case("missing_value", ADD, one_gate(7, 3, 5, 1, False, known=(1, 1, 0)))
check_case("word_too_large", ADD, large_word(one_gate(7, 3, 5, 1, False), R(0, 3)))


def two_instances(n0, n1, second_offsets):
    def setup(memory):
        one_gate(7, 3, 5, 1, False, n=n0)(memory)
        instance(memory, R(0, 7), 7, second_offsets, n1)
        gate(memory, ADD_OFFSETS, 1, 0, 4, 8)

    return setup


check_case("two_instances", ADD, two_instances(2, 1, ADD_OFFSETS + 3))
check_case("second_offsets_wrong", ADD, two_instances(2, 1, ADD_OFFSETS))
check_case("second_n_wrong", ADD, two_instances(3, 1, ADD_OFFSETS + 3))


def missing_cells(memory):
    one_gate(7, 3, 5, 1, False)(memory)
    memory[R(0, 13)] = 1


check_case("missing_cells", ADD, missing_cells)


def offset_pointer(memory):
    one_gate(7, 3, 5, 1, True)(memory)
    del memory.data[MUL_OFFSETS + 2]
    memory[MUL_OFFSETS + 2] = R(2, 0)


check_case("offset_pointer", MUL, offset_pointer)


def without(setup, addr, replacement=None):
    def setup_without(memory):
        setup(memory)
        del memory.data[addr]
        if replacement is not None:
            memory[addr] = replacement

    return setup_without


private_case("two_instances", ADD, two_instances(2, 1, ADD_OFFSETS + 3))
private_case("bls_mul", MUL, one_gate(BLS, BLS - 5, BLS - 9, 45, True))
private_case("empty", MUL, lambda memory: None)
private_case("missing_n", ADD, without(one_gate(7, 3, 5, 1, False), R(0, 6)))
private_case("missing_p2", ADD, without(one_gate(7, 3, 5, 1, False), R(0, 2)))
private_case("missing_offset", ADD, without(one_gate(7, 3, 5, 1, False), ADD_OFFSETS + 1))
private_case("missing_word", ADD, without(one_gate(7, 3, 5, 1, False), VALUES + 5))
private_case("offsets_ptr_felt", ADD, without(one_gate(7, 3, 5, 1, False), R(0, 5), 12))
private_case("values_ptr_felt", ADD, without(one_gate(7, 3, 5, 1, False), R(0, 4), 12))
private_case("p_pointer", ADD, without(one_gate(7, 3, 5, 1, False), R(0, 1), R(2, 0)))

print(
    """#pragma once
// Known-answer vectors for mod_builtin_test.cpp. Generated by tests/unit/gen_mod_vectors.py with
// cairo-lang's ModBuiltinRunner (fill_memory, run_security_checks). Do not edit.
#include <cstdint>
#include <vector>

namespace xcairo::mod_vectors {

/// A memory cell: "<decimal>" or "r:<segment>:<offset>".
struct CellText {
    int64_t segment;
    uint64_t offset;
    const char* value;
};
/// fill_memory on `memory`, with add_mod's and mul_mod's n (-1: not given): the cells written in
/// order, then the exception (empty type: none).
struct FillVector {
    const char* name;
    std::vector<CellText> memory;
    int64_t add_n;
    int64_t mul_n;
    std::vector<CellText> written;
    const char* error_type;
    const char* error;
};
/// air_private_input of add_mod (0) or mul_mod (1), segments relocated at 1, 100, 200, 300, 400
/// and 500 (the zeros): the exception, or the entry as JSON with sorted keys.
struct PrivateInputVector {
    const char* name;
    int mul;
    std::vector<CellText> memory;
    const char* error_type;
    const char* error;
    const char* json;
};
/// run_security_checks of add_mod (0) or mul_mod (1): nullptr when it passes.
struct CheckVector {
    const char* name;
    int mul;
    std::vector<CellText> memory;
    const char* error_type;
    const char* error;
};
"""
)
print("inline const std::vector<FillVector> kFill = {")
print("\n".join(fill_vectors))
print("};\n")
print("inline const std::vector<CheckVector> kCheck = {")
print("\n".join(check_vectors))
print("};\n")
print("inline const std::vector<PrivateInputVector> kPrivateInput = {")
print("\n".join(private_vectors))
print("};\n\n}  // namespace xcairo::mod_vectors")
