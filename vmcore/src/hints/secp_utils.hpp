#pragma once
// Python ints of the secp hints (cairo_secp/secp_utils.py and starkware/python/math_utils.py):
// signed values up to 896 bits on the fixed-width BigUint, the curves' constants, pack/split and
// the modular helpers with their failure frames.
#include <string>

#include "big_uint.hpp"
#include "hints/native_hint.hpp"

namespace xcairo::secp {

using Mag = BigUint<14>;

/// A Python int: sign and magnitude (zero is never negative).
struct PyInt {
    bool negative = false;
    Mag mag;

    static PyInt of(uint64_t v) { return PyInt{false, Mag::from_u64(v)}; }
    /// The field element's canonical value.
    static PyInt of(const Felt& value);
    static PyInt of_mag(const Mag& m) { return PyInt{false, m}; }
    bool is_zero() const { return mag.is_zero(); }
    bool is_odd() const { return mag.bit(0); }
    std::string dec() const { return (negative ? "-" : "") + mag.to_dec(); }
    /// this % PRIME as a field element.
    Felt to_felt() const;
    friend bool operator==(const PyInt&, const PyInt&) = default;
};

PyInt operator-(const PyInt& a);
PyInt operator+(const PyInt& a, const PyInt& b);
PyInt operator-(const PyInt& a, const PyInt& b);
PyInt operator*(const PyInt& a, const PyInt& b);
/// Python's a % m and a // m for m > 0.
PyInt mod(const PyInt& a, const PyInt& m);
PyInt floor_div(const PyInt& a, const PyInt& m);
/// pow(base, exponent, m) for exponent >= 0, m > 0.
PyInt pow_mod(const PyInt& base, const PyInt& exponent, const PyInt& m);

/// A curve of secp_utils.Curve; ALPHA, BETA as the Python constants.
struct Curve {
    PyInt prime, alpha, beta, order;
};
const Curve& secp256k1();
const Curve& secp256r1();

/// pack(ids.<name>, PRIME): the three limbs ids name.d0, .d1, .d2 (ids indices first..first+2).
PyInt pack(const HintCall& h, size_t first, int64_t line);
/// split(value) written to memory at `at` (segments.write_arg); AssertionError from split.
void write_split(HintCall& h, const Relocatable& at, const PyInt& value, int64_t line);

/// math_utils.div_mod(n, m, p) for a prime p (AssertionError when m % p == 0).
PyInt div_mod(const PyInt& n, const PyInt& m, const PyInt& p, int64_t line);
/// math_utils.safe_div(x, y).
PyInt safe_div(const PyInt& x, const PyInt& y, int64_t line);
/// math_utils.ec_double_slope((x, y), alpha, p) and line_slope((x0, y0), (x1, y1), p).
PyInt ec_double_slope(const PyInt& x, const PyInt& y, const PyInt& alpha, const PyInt& p,
                      int64_t line);
PyInt line_slope(const PyInt& x0, const PyInt& y0, const PyInt& x1, const PyInt& y1,
                 const PyInt& p, int64_t line);

/// A Python int of the scope (NameError / TypeError as Python reports them).
PyInt& scope_int(HintCall& h, const std::string& name, int64_t line);
void set_scope_int(HintCall& h, const std::string& name, const PyInt& value);

}  // namespace xcairo::secp
