#include "hints/secp_utils.hpp"

#include "hints/math_utils.hpp"

namespace xcairo::secp {
namespace {

constexpr const char* kMathUtils = "starkware/python/math_utils.py";

Mag from_hex(const char* hex) {
    Mag m;
    for (const char* c = hex; *c; ++c) {
        const int digit = *c <= '9' ? *c - '0' : *c - 'a' + 10;
        m.mul_add_small(16, static_cast<uint64_t>(digit));
    }
    return m;
}
PyInt hex_int(const char* hex) { return PyInt::of_mag(from_hex(hex)); }

/// BASE = 2^86 = 2^64 * 2^22.
constexpr uint64_t kBaseHighMask = (uint64_t{1} << 22) - 1;

/// m * BASE.
Mag times_base(const Mag& m) {
    Mag r;
    for (size_t i = m.limb.size() - 1; i-- > 0;) r.limb[i + 1] = m.limb[i];
    r.mul_add_small(kBaseHighMask + 1, 0);
    return r;
}

PyInt signed_of(bool negative, const Mag& mag) { return PyInt{negative && !mag.is_zero(), mag}; }

/// The modulus as the 4-limb value the pow and inverse loops work on.
BigUint<4> low4(const PyInt& v) { return BigUint<4>::from(v.mag); }

/// m^-1 mod p for p odd and m % p != 0 (binary extended Euclid).
BigUint<4> inverse(const BigUint<4>& m, const BigUint<4>& p4) {
    using W = BigUint<5>;
    const W p = W::from(p4);
    W u = W::from(m), v = p, x1 = W::from_u64(1), x2{};
    const W one = W::from_u64(1);
    const auto halve = [&p](W& x) {
        if (x.bit(0)) x.add(p);
        x.div_small(2);
    };
    while (u != one && v != one) {
        while (!u.bit(0)) {
            u.div_small(2);
            halve(x1);
        }
        while (!v.bit(0)) {
            v.div_small(2);
            halve(x2);
        }
        if (v <= u) {
            u.sub(v);
            if (x1 < x2) x1.add(p);
            x1.sub(x2);
        } else {
            v.sub(u);
            if (x2 < x1) x2.add(p);
            x2.sub(x1);
        }
    }
    return BigUint<4>::from(u == one ? x1 : x2);
}

[[noreturn]] void math_utils_failed(std::string message, int64_t line, int64_t file_line,
                                    const char* function, const char* source) {
    hint_assert_failed(std::move(message), line, {{kMathUtils, file_line, function, source}});
}

}  // namespace

PyInt PyInt::of(const Felt& value) { return PyInt::of_mag(Mag::from(BigUint<4>{value.canonical()})); }

Felt PyInt::to_felt() const {
    static const PyInt prime = PyInt::of_mag(Mag::from(BigUint<4>{Felt::modulus()}));
    return Felt::from_canonical_reduced(BigUint<4>::from(mod(*this, prime).mag).limb);
}

PyInt operator-(const PyInt& a) { return signed_of(!a.negative, a.mag); }

PyInt operator+(const PyInt& a, const PyInt& b) {
    if (a.negative == b.negative) return signed_of(a.negative, a.mag + b.mag);
    if (b.mag <= a.mag) return signed_of(a.negative, a.mag - b.mag);
    return signed_of(b.negative, b.mag - a.mag);
}

PyInt operator-(const PyInt& a, const PyInt& b) { return a + (-b); }

PyInt operator*(const PyInt& a, const PyInt& b) {
    return signed_of(a.negative != b.negative, Mag::from(mul(a.mag, b.mag)));
}

PyInt mod(const PyInt& a, const PyInt& m) {
    const Mag r = a.mag % m.mag;
    return PyInt::of_mag(a.negative && !r.is_zero() ? m.mag - r : r);
}

PyInt floor_div(const PyInt& a, const PyInt& m) {
    Mag q, r;
    div_mod(a.mag, m.mag, q, r);
    if (a.negative && !r.is_zero()) q.add(Mag::from_u64(1));
    return signed_of(a.negative, q);
}

PyInt pow_mod(const PyInt& base, const PyInt& exponent, const PyInt& m) {
    const BigUint<8> modulus = BigUint<8>::from(m.mag);
    BigUint<4> result = BigUint<4>::from(BigUint<8>::from_u64(1) % modulus);
    const BigUint<4> b = low4(mod(base, m));
    for (size_t i = exponent.mag.bit_length(); i-- > 0;) {
        result = BigUint<4>::from(mul(result, result) % modulus);
        if (exponent.mag.bit(i)) result = BigUint<4>::from(mul(result, b) % modulus);
    }
    return PyInt::of_mag(Mag::from(result));
}

const Curve& secp256k1() {
    static const Curve curve{
        hex_int("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"), PyInt::of(0),
        PyInt::of(7), hex_int("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")};
    return curve;
}

const Curve& secp256r1() {
    static const Curve curve{
        hex_int("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
        hex_int("ffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),
        hex_int("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),
        hex_int("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")};
    return curve;
}

PyInt pack(const HintCall& h, size_t first, int64_t line) {
    // as_int on d0, d1, d2 in that order (the first non-integer limb is the one reported).
    SignedInt limbs[3];
    for (size_t i = 0; i < 3; ++i) limbs[i] = as_int(h, first + i, line);
    PyInt sum;
    for (size_t i = 3; i-- > 0;) {
        sum = signed_of(sum.negative, times_base(sum.mag)) +
              signed_of(limbs[i].negative, Mag::from(BigUint<4>{limbs[i].magnitude}));
    }
    return sum;
}

void write_split(HintCall& h, const Relocatable& at, const PyInt& value, int64_t line) {
    if (value.negative || value.mag.bit_length() > 258)
        hint_assert_failed("", line,
                           {{"starkware/cairo/common/cairo_secp/secp_utils.py", 24, "split",
                             "assert num == 0"}});
    Mag rest = value.mag;
    for (uint64_t i = 0; i < 3; ++i) {
        const BigUint<4> limb{{rest.limb[0], rest.limb[1] & kBaseHighMask, 0, 0}};
        for (size_t k = 0; k + 1 < rest.limb.size(); ++k) rest.limb[k] = rest.limb[k + 1];
        rest.limb.back() = 0;
        rest.div_small(kBaseHighMask + 1);
        h.ctx.set(at + i, Felt::from_canonical_reduced(limb.limb));
    }
}

PyInt div_mod(const PyInt& n, const PyInt& m, const PyInt& p, int64_t line) {
    const PyInt reduced = mod(m, p);
    if (reduced.is_zero()) math_utils_failed("", line, 37, "div_mod", "assert c == 1");
    const PyInt inv = PyInt::of_mag(Mag::from(inverse(low4(reduced), low4(p))));
    return mod(mod(n, p) * inv, p);
}

PyInt safe_div(const PyInt& x, const PyInt& y, int64_t line) {
    if (y.is_zero()) math_utils_failed("", line, 22, "safe_div", "assert y != 0");
    // y > 0 in every library call (N).
    if (!mod(x, y).is_zero())
        math_utils_failed(x.dec() + " is not divisible by " + y.dec() + ".", line, 23, "safe_div",
                          "assert x % y == 0, f\"{x} is not divisible by {y}.\"");
    return floor_div(x, y);
}

PyInt ec_double_slope(const PyInt& x, const PyInt& y, const PyInt& alpha, const PyInt& p,
                      int64_t line) {
    if (mod(y, p).is_zero())
        math_utils_failed("", line, 168, "ec_double_slope", "assert point[1] % p != 0");
    return div_mod(PyInt::of(3) * x * x + alpha, PyInt::of(2) * y, p, line);
}

PyInt line_slope(const PyInt& x0, const PyInt& y0, const PyInt& x1, const PyInt& y1,
                 const PyInt& p, int64_t line) {
    if (mod(x0 - x1, p).is_zero())
        math_utils_failed("", line, 146, "line_slope", "assert (point1[0] - point2[0]) % p != 0");
    return div_mod(y0 - y1, x0 - x1, p, line);
}

PyInt& scope_int(HintCall& h, const std::string& name, int64_t line) {
    return h.ctx.scopes().get<PyInt>(name, line);
}

void set_scope_int(HintCall& h, const std::string& name, const PyInt& value) {
    h.ctx.scopes().set(name, value);
}

}  // namespace xcairo::secp
