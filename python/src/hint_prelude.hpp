#pragma once
// Python helpers of the hint executor: the static locals cairo-lang gives every hint, and the
// formatting of a hint's exception as cairo-lang's HintException does.
namespace xcairo::python {

inline constexpr const char* kHintPrelude = R"(
import math
import traceback


def _div_mod(n, m, p):
    # math_utils.div_mod: n / m modulo p.
    assert math.gcd(m, p) == 1
    return (n * pow(m, -1, p)) % p


def _is_quad_residue(n, p):
    return n % p == 0 or pow(n, (p - 1) // 2, p) == 1


def _sqrt(n, p):
    # math_utils.sqrt: the smaller square root of n modulo the prime p.
    n %= p
    assert _is_quad_residue(n, p)
    if n == 0:
        return 0
    q, s = p - 1, 0
    while q % 2 == 0:
        q, s = q // 2, s + 1
    z = 2
    while _is_quad_residue(z, p):
        z += 1
    m, c, t, r = s, pow(z, q, p), pow(n, q, p), pow(n, (q + 1) // 2, p)
    while t != 1:
        i, t2 = 0, t
        while t2 != 1:
            t2, i = t2 * t2 % p, i + 1
        b = pow(c, 1 << (m - i - 1), p)
        m, c, t, r = i, b * b % p, t * b * b % p, r * b % p
    return min(r, p - r)


def _safe_div(x, y):
    assert y != 0
    assert x % y == 0, f"{x} is not divisible by {y}."
    return x // y


def static_locals(prime, relocatable):
    def to_felt_or_relocatable(value):
        # An address: xcairo's Relocatable or cairo-lang's RelocatableValue.
        if isinstance(value, relocatable) or type(value).__name__ == "RelocatableValue":
            return value
        return int(value)

    return {
        "PRIME": prime,
        "fadd": lambda a, b, p=prime: (a + b) % p,
        "fsub": lambda a, b, p=prime: (a - b) % p,
        "fmul": lambda a, b, p=prime: (a * b) % p,
        "fdiv": lambda a, b, p=prime: _div_mod(a, b, p),
        "fpow": lambda a, b, p=prime: pow(a, b, p),
        "fis_quad_residue": lambda a, p=prime: _is_quad_residue(a, p),
        "fsqrt": lambda a, p=prime: _sqrt(a, p),
        "safe_div": _safe_div,
        "to_felt_or_relocatable": to_felt_or_relocatable,
    }


def format_exception(etype, value, tb, hint_files):
    # HintException: the hint's frames keep their file and line only (no source positions).
    exception = traceback.TracebackException(etype, value, tb)

    def strip(item):
        if item.filename in hint_files:
            return traceback.FrameSummary(filename=item.filename, lineno=item.lineno, name=item.name)
        return item

    exception.stack = traceback.StackSummary.from_list(map(strip, exception.stack))
    return "".join(exception.format())


def format_compile_error(value, located, code, first_line):
    # HintException on a SyntaxError: an IndentationError at the hint's file and line, printed
    # under the original class name, without a stack. The text is the hint's own line (CPython
    # reads it from the .cairo file when that path resolves, where its indentation differs).
    etype = type(value)
    lines = code.splitlines(keepends=True)
    if value.lineno is not None and 0 <= value.lineno - first_line < len(lines):
        value.text = lines[value.lineno - first_line]
    if located:
        value = IndentationError(value.msg, (value.filename, value.lineno, value.offset, value.text))
    return "".join(traceback.TracebackException(etype, value, None).format())
)";

}  // namespace xcairo::python
