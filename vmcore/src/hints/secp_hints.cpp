// cairo_secp/ and secp256r1/: bigint, field, signature and ec hints over secp256k1 and secp256r1.
// Hints keep their Python ints (value, x, y, slope, ...) and imported constants in the scope,
// where the next hints read them.
#include "hints/math_utils.hpp"
#include "hints/secp_utils.hpp"

namespace xcairo {
namespace {

using secp::PyInt;
using secp::scope_int;
using secp::set_scope_int;

const PyInt& k1_p() { return secp::secp256k1().prime; }
const PyInt& r1_p() { return secp::secp256r1().prime; }

/// A felt ids value as a Python int (TypeError for a pointer).
PyInt ids_int(const HintCall& h, size_t id, int64_t line) { return PyInt::of(h.felt(id, line)); }

void set_ap(HintCall& h, uint64_t v) { h.ctx.set(h.ctx.ap(), Felt::from_u64(v)); }

// from ...secp_utils import split
// segments.write_arg(ids.res.address_, split(value))
void nondet_bigint3(HintCall& h) {
    const PyInt value = scope_int(h, "value", 3);
    secp::write_split(h, h.ptr(0, 3), value, 3);
}

// ids.low = (ids.x.d0 + ids.x.d1 * ids.BASE) & ((1 << 128) - 1)
void bigint_to_uint256_low(HintCall& h) {
    const PyInt sum = ids_int(h, 0, 1) + ids_int(h, 1, 1) * ids_int(h, 2, 1);
    const BigUint<4> low{{sum.mag.limb[0], sum.mag.limb[1], 0, 0}};
    h.set(3, Felt::from_canonical_reduced(low.limb), 1);
}

// q, r = divmod(pack(ids.val, PRIME), P); assert r == 0, ...; ids.q = q % PRIME
template <bool R1>
void verify_zero(HintCall& h) {
    const PyInt& p = R1 ? r1_p() : k1_p();
    set_scope_int(h, R1 ? "SECP256R1_P" : "SECP_P", p);
    const PyInt packed = secp::pack(h, 0, 4);
    const PyInt q = secp::floor_div(packed, p), r = secp::mod(packed, p);
    set_scope_int(h, "q", q);
    set_scope_int(h, "r", r);
    if (!r.is_zero())
        hint_assert_failed("verify_zero: Invalid input (" + h.felt(0, 5).to_dec() + ", " +
                               h.felt(1, 5).to_dec() + ", " + h.felt(2, 5).to_dec() + ").",
                           5);
    h.set(3, q.to_felt(), 6);
}

// x = pack(ids.x, PRIME) % P (is_zero) or value = pack(ids.x, PRIME) % P (reduce).
template <bool R1, int64_t kLine>
void pack_reduced(HintCall& h, const char* name) {
    const PyInt& p = R1 ? r1_p() : k1_p();
    set_scope_int(h, R1 ? "SECP256R1_P" : "SECP_P", p);
    set_scope_int(h, name, secp::mod(secp::pack(h, 0, kLine), p));
}
template <bool R1, int64_t kLine>
void is_zero_pack(HintCall& h) { pack_reduced<R1, kLine>(h, "x"); }
template <bool R1>
void reduce(HintCall& h) { pack_reduced<R1, 3>(h, "value"); }

// memory[ap] = to_felt_or_relocatable(x == 0)
void x_is_zero(HintCall& h) { set_ap(h, scope_int(h, "x", 1).is_zero() ? 1 : 0); }

// value = x_inv = div_mod(1, x, SECP_P) (secp256k1, importing SECP_P)
void k1_inverse(HintCall& h) {
    set_scope_int(h, "SECP_P", k1_p());
    const PyInt value = secp::div_mod(PyInt::of(1), scope_int(h, "x", 4), k1_p(), 4);
    set_scope_int(h, "x_inv", value);
    set_scope_int(h, "value", value);
}

// value = div_mod(1, x, SECP256R1_P) (the prime from the scope)
void r1_inverse(HintCall& h) {
    const PyInt& x = scope_int(h, "x", 3);
    const PyInt& p = scope_int(h, "SECP256R1_P", 3);
    set_scope_int(h, "value", secp::div_mod(PyInt::of(1), x, p, 3));
}

// a = pack(ids.a); b = pack(ids.b); value = res = div_mod(a, b, N)
void div_mod_n(HintCall& h) {
    const PyInt& n = secp::secp256k1().order;
    set_scope_int(h, "N", n);
    const PyInt a = secp::pack(h, 0, 4);
    set_scope_int(h, "a", a);
    const PyInt b = secp::pack(h, 3, 5);
    set_scope_int(h, "b", b);
    const PyInt res = secp::div_mod(a, b, n, 6);
    set_scope_int(h, "res", res);
    set_scope_int(h, "value", res);
}

// value = k = safe_div(res * b - a, N)
void div_mod_n_k(HintCall& h) {
    const PyInt product = scope_int(h, "res", 1) * scope_int(h, "b", 1);
    const PyInt k = secp::safe_div(product - scope_int(h, "a", 1), scope_int(h, "N", 1), 1);
    set_scope_int(h, "k", k);
    set_scope_int(h, "value", k);
}

/// y = pow(y_square_int, (p + 1) // 4, p); value = y or -y % p by the parity of ids.v.
void choose_root(HintCall& h, const PyInt& y_square_int, const PyInt& p, size_t v_id,
                 int64_t v_line) {
    set_scope_int(h, "y_square_int", y_square_int);
    const PyInt y = secp::pow_mod(y_square_int, secp::floor_div(p + PyInt::of(1), PyInt::of(4)), p);
    set_scope_int(h, "y", y);
    const bool same_parity = ids_int(h, v_id, v_line).is_odd() == y.is_odd();
    set_scope_int(h, "value", same_parity ? y : secp::mod(-y, p));
}

// get_point_from_x (secp256k1): x_cube_int, y_square_int = x^3 + BETA, its root by ids.v
void k1_get_point_from_x(HintCall& h) {
    const PyInt& p = k1_p();
    set_scope_int(h, "SECP_P", p);
    const PyInt x_cube_int = secp::mod(secp::pack(h, 0, 3), p);
    set_scope_int(h, "x_cube_int", x_cube_int);
    choose_root(h, secp::mod(x_cube_int + ids_int(h, 3, 4), p), p, 4, 8);
}

// get_point_from_x (secp256r1): y_square_int = y_squared_from_x(pack(ids.x), ...)
void r1_get_point_from_x(HintCall& h) {
    const secp::Curve& curve = secp::secp256r1();
    h.ctx.scopes().set("SECP256R1", &curve);
    const PyInt x = secp::pack(h, 0, 5);
    const PyInt& p = curve.prime;
    const PyInt cube = secp::pow_mod(x, PyInt::of(3), p);
    choose_root(h, secp::mod(cube + curve.alpha * x + curve.beta, p), p, 3, 18);
}

/// ids.is_on_curve = (y * y) % p == y_square_int
void set_is_on_curve(HintCall& h, const PyInt& p) {
    const PyInt& y = scope_int(h, "y", 1);
    const bool on_curve = secp::mod(y * y, p) == scope_int(h, "y_square_int", 1);
    h.set(0, Felt::from_u64(on_curve ? 1 : 0), 1);
}
void k1_is_on_curve(HintCall& h) { set_is_on_curve(h, scope_int(h, "SECP_P", 1)); }
void r1_is_on_curve(HintCall& h) {
    set_is_on_curve(h, h.ctx.scopes().get<const secp::Curve*>("SECP256R1", 1)->prime);
}

// y = pack(ids.point.y) % SECP_P; value = (-y) % SECP_P
void ec_negate(HintCall& h) {
    const PyInt& p = k1_p();
    set_scope_int(h, "SECP_P", p);
    const PyInt y = secp::mod(secp::pack(h, 0, 3), p);
    set_scope_int(h, "y", y);
    set_scope_int(h, "value", secp::mod(-y, p));
}

/// Sets `name` and `value` to v.
void set_value(HintCall& h, const char* name, const PyInt& v) {
    set_scope_int(h, name, v);
    set_scope_int(h, "value", v);
}

// x = pack(ids.point.x); y = pack(ids.point.y); value = slope = ec_double_slope(...)
template <bool R1>
void ec_double_slope(HintCall& h) {
    const secp::Curve& curve = R1 ? secp::secp256r1() : secp::secp256k1();
    set_scope_int(h, R1 ? "SECP256R1_P" : "SECP_P", curve.prime);
    if (R1) set_scope_int(h, "SECP256R1_ALPHA", curve.alpha);
    constexpr int64_t first = R1 ? 6 : 5;
    const PyInt x = secp::pack(h, 0, first);
    set_scope_int(h, "x", x);
    const PyInt y = secp::pack(h, 3, first + 1);
    set_scope_int(h, "y", y);
    set_value(h, "slope", secp::ec_double_slope(x, y, curve.alpha, curve.prime, first + 2));
}

// x0, y0, x1, y1 = the packed points; value = slope = line_slope(...)
template <bool R1>
void line_slope(HintCall& h) {
    const PyInt& p = R1 ? r1_p() : k1_p();
    set_scope_int(h, R1 ? "SECP256R1_P" : "SECP_P", p);
    constexpr int64_t first = R1 ? 6 : 5;
    const char* names[] = {"x0", "y0", "x1", "y1"};
    PyInt coords[4];
    for (size_t i = 0; i < 4; ++i) {
        coords[i] = secp::pack(h, 3 * i, first + static_cast<int64_t>(i));
        set_scope_int(h, names[i], coords[i]);
    }
    set_value(h, "slope",
              secp::line_slope(coords[0], coords[1], coords[2], coords[3], p, first + 4));
}

// slope, x, y packed; value = new_x = (pow(slope, 2, P) - 2 * x) % P
template <bool R1>
void ec_double_new_x(HintCall& h) {
    const PyInt& p = R1 ? r1_p() : k1_p();
    set_scope_int(h, R1 ? "SECP256R1_P" : "SECP_P", p);
    constexpr int64_t first = R1 ? 4 : 3;
    const PyInt slope = secp::pack(h, 0, first);
    set_scope_int(h, "slope", slope);
    const PyInt x = secp::pack(h, 3, first + 1);
    set_scope_int(h, "x", x);
    set_scope_int(h, "y", secp::pack(h, 6, first + 2));
    const PyInt square = secp::pow_mod(slope, PyInt::of(2), p);
    set_value(h, "new_x", secp::mod(square - PyInt::of(2) * x, p));
}

// value = new_y = (slope * (x - new_x) - y) % P, P a scope name
template <bool R1>
void ec_double_new_y(HintCall& h) {
    const PyInt diff = scope_int(h, "x", 1) - scope_int(h, "new_x", 1);
    const PyInt t = scope_int(h, "slope", 1) * diff - scope_int(h, "y", 1);
    set_value(h, "new_y", secp::mod(t, scope_int(h, R1 ? "SECP256R1_P" : "SECP_P", 1)));
}

// slope, x0, x1, y0 packed; value = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P
// (secp256r1 reads SECP_P from the scope, as the hint before it imports it)
template <bool R1>
void fast_ec_add_new_x(HintCall& h) {
    if (!R1) set_scope_int(h, "SECP_P", k1_p());
    const char* names[] = {"slope", "x0", "x1", "y0"};
    PyInt v[4];
    for (size_t i = 0; i < 4; ++i) {
        v[i] = secp::pack(h, 3 * i, 3 + static_cast<int64_t>(i));
        set_scope_int(h, names[i], v[i]);
    }
    const PyInt& p = scope_int(h, "SECP_P", 8);
    set_value(h, "new_x", secp::mod(secp::pow_mod(v[0], PyInt::of(2), p) - v[1] - v[2], p));
}

// value = new_y = (slope * (x0 - new_x) - y0) % SECP_P
void fast_ec_add_new_y(HintCall& h) {
    const PyInt diff = scope_int(h, "x0", 1) - scope_int(h, "new_x", 1);
    const PyInt t = scope_int(h, "slope", 1) * diff - scope_int(h, "y0", 1);
    set_value(h, "new_y", secp::mod(t, scope_int(h, "SECP_P", 1)));
}

// from ...secp256r1_utils import SECP256R1_P as SECP_P
void import_r1_p(HintCall& h) { set_scope_int(h, "SECP_P", r1_p()); }

// memory[ap] = (ids.scalar % PRIME) % 2
void scalar_parity(HintCall& h) { set_ap(h, h.felt(0, 1).canonical()[0] & 1); }

// num = (ids.scalar.high << 128) + ids.scalar.low; nibbles: its 64 low nibbles
void scalar_nibbles(HintCall& h) {
    const BigUint<4> high{h.felt(0, 1).canonical()}, low{h.felt(1, 1).canonical()};
    // The low 256 bits of num: low + (high << 128), whose carry beyond bit 255 is dropped.
    BigUint<4> num = low;
    num.add(BigUint<4>{{0, 0, high.limb[0], high.limb[1]}});
    std::vector<int64_t> nibbles;
    for (size_t i = 0; i < 64; ++i)
        nibbles.push_back(static_cast<int64_t>((num.limb[i / 16] >> (4 * (i % 16))) & 0xf));
    const int64_t first = nibbles.back();
    nibbles.pop_back();
    h.ctx.scopes().set("nibbles", nibbles);
    h.set(2, Felt::from_i64(first), 3);
    h.set(3, Felt::from_i64(nibbles.front()), 4);
}

// memory[fp + 0] = to_felt_or_relocatable(nibbles.pop())
void pop_nibble(HintCall& h) {
    auto& nibbles = h.ctx.scopes().get<std::vector<int64_t>>("nibbles", 1);
    if (nibbles.empty()) throw HintError("IndexError", "pop from empty list", 1);
    const int64_t nibble = nibbles.back();
    nibbles.pop_back();
    h.ctx.set(h.ctx.fp(), Felt::from_i64(nibble));
}

// value = as_int(ids.value, PRIME) % PRIME; below 2**165; ids.high, ids.low = divmod(value, SHIFT)
void r1_split_165(HintCall& h) {
    as_int(h, 0, 4);
    const PyInt value = ids_int(h, 0, 4);
    set_scope_int(h, "value", value);
    if (!(value.mag < ids_int(h, 1, 5).mag))
        hint_assert_failed(value.dec() + " is outside of the range [0, 2**165).", 5);
    const PyInt shift = ids_int(h, 4, 8);
    if (shift.is_zero()) throw HintError("ZeroDivisionError", "integer division or modulo by zero", 8);
    h.set(2, secp::floor_div(value, shift).to_felt(), 8);
    h.set(3, secp::mod(value, shift).to_felt(), 8);
}

}  // namespace

std::vector<NativeHint> secp_hints() {
    return {
        {"from starkware.cairo.common.cairo_secp.secp_utils import split\n\nsegments.write_arg(ids.res.address_, split(value))",
         {"res"},
         nondet_bigint3},
        {"ids.low = (ids.x.d0 + ids.x.d1 * ids.BASE) & ((1 << 128) - 1)",
         {"x.d0", "x.d1", "BASE", "low"},
         bigint_to_uint256_low},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nq, r = divmod(pack(ids.val, PRIME), SECP_P)\nassert r == 0, f\"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}.\"\nids.q = q % PRIME",
         {"val.d0", "val.d1", "val.d2", "q"},
         verify_zero<false>},
        {"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\n\nq, r = divmod(pack(ids.val, PRIME), SECP256R1_P)\nassert r == 0, f\"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}.\"\nids.q = q % PRIME",
         {"val.d0", "val.d1", "val.d2", "q"},
         verify_zero<true>},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nx = pack(ids.x, PRIME) % SECP_P",
         {"x.d0", "x.d1", "x.d2"},
         is_zero_pack<false, 3>},
        {"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\n\nx = pack(ids.x, PRIME) % SECP256R1_P",
         {"x.d0", "x.d1", "x.d2"},
         is_zero_pack<true, 4>},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P\nfrom starkware.python.math_utils import div_mod\n\nvalue = x_inv = div_mod(1, x, SECP_P)",
         {},
         k1_inverse},
        {"from starkware.python.math_utils import div_mod\n\nvalue = div_mod(1, x, SECP256R1_P)",
         {},
         r1_inverse},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nvalue = pack(ids.x, PRIME) % SECP_P",
         {"x.d0", "x.d1", "x.d2"},
         reduce<false>},
        {"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\nvalue = pack(ids.x, PRIME) % SECP256R1_P",
         {"x.d0", "x.d1", "x.d2"},
         reduce<true>},
        {"from starkware.cairo.common.cairo_secp.secp_utils import N, pack\nfrom starkware.python.math_utils import div_mod, safe_div\n\na = pack(ids.a, PRIME)\nb = pack(ids.b, PRIME)\nvalue = res = div_mod(a, b, N)",
         {"a.d0", "a.d1", "a.d2", "b.d0", "b.d1", "b.d2"},
         div_mod_n},
        {"value = k = safe_div(res * b - a, N)",
         {},
         div_mod_n_k},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nx_cube_int = pack(ids.x_cube, PRIME) % SECP_P\ny_square_int = (x_cube_int + ids.BETA) % SECP_P\ny = pow(y_square_int, (SECP_P + 1) // 4, SECP_P)\n\n# We need to decide whether to take y or SECP_P - y.\nif ids.v % 2 == y % 2:\n    value = y\nelse:\n    value = (-y) % SECP_P",
         {"x_cube.d0", "x_cube.d1", "x_cube.d2", "BETA", "v"},
         k1_get_point_from_x},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP256R1, pack\nfrom starkware.python.math_utils import y_squared_from_x\n\ny_square_int = y_squared_from_x(\n    x=pack(ids.x, PRIME),\n    alpha=SECP256R1.alpha,\n    beta=SECP256R1.beta,\n    field_prime=SECP256R1.prime,\n)\n\n# Note that (y_square_int ** ((SECP256R1.prime + 1) / 4)) ** 2 =\n#   = y_square_int ** ((SECP256R1.prime + 1) / 2) =\n#   = y_square_int ** ((SECP256R1.prime - 1) / 2 + 1) =\n#   = y_square_int * y_square_int ** ((SECP256R1.prime - 1) / 2) = y_square_int * {+/-}1.\ny = pow(y_square_int, (SECP256R1.prime + 1) // 4, SECP256R1.prime)\n\n# We need to decide whether to take y or prime - y.\nif ids.v % 2 == y % 2:\n    value = y\nelse:\n    value = (-y) % SECP256R1.prime",
         {"x.d0", "x.d1", "x.d2", "v"},
         r1_get_point_from_x},
        {"ids.is_on_curve = (y * y) % SECP_P == y_square_int",
         {"is_on_curve"},
         k1_is_on_curve},
        {"ids.is_on_curve = (y * y) % SECP256R1.prime == y_square_int",
         {"is_on_curve"},
         r1_is_on_curve},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\ny = pack(ids.point.y, PRIME) % SECP_P\n# The modulo operation in python always returns a nonnegative number.\nvalue = (-y) % SECP_P",
         {"point.y.d0", "point.y.d1", "point.y.d2"},
         ec_negate},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\nfrom starkware.python.math_utils import ec_double_slope\n\n# Compute the slope.\nx = pack(ids.point.x, PRIME)\ny = pack(ids.point.y, PRIME)\nvalue = slope = ec_double_slope(point=(x, y), alpha=0, p=SECP_P)",
         {"point.x.d0", "point.x.d1", "point.x.d2", "point.y.d0", "point.y.d1", "point.y.d2"},
         ec_double_slope<false>},
        {"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA, SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\nfrom starkware.python.math_utils import ec_double_slope\n\n# Compute the slope.\nx = pack(ids.point.x, PRIME)\ny = pack(ids.point.y, PRIME)\nvalue = slope = ec_double_slope(point=(x, y), alpha=SECP256R1_ALPHA, p=SECP256R1_P)",
         {"point.x.d0", "point.x.d1", "point.x.d2", "point.y.d0", "point.y.d1", "point.y.d2"},
         ec_double_slope<true>},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\nfrom starkware.python.math_utils import line_slope\n\n# Compute the slope.\nx0 = pack(ids.point0.x, PRIME)\ny0 = pack(ids.point0.y, PRIME)\nx1 = pack(ids.point1.x, PRIME)\ny1 = pack(ids.point1.y, PRIME)\nvalue = slope = line_slope(point1=(x0, y0), point2=(x1, y1), p=SECP_P)",
         {"point0.x.d0", "point0.x.d1", "point0.x.d2", "point0.y.d0", "point0.y.d1", "point0.y.d2", "point1.x.d0", "point1.x.d1", "point1.x.d2", "point1.y.d0", "point1.y.d1", "point1.y.d2"},
         line_slope<false>},
        {"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\nfrom starkware.python.math_utils import line_slope\n\n# Compute the slope.\nx0 = pack(ids.point0.x, PRIME)\ny0 = pack(ids.point0.y, PRIME)\nx1 = pack(ids.point1.x, PRIME)\ny1 = pack(ids.point1.y, PRIME)\nvalue = slope = line_slope(point1=(x0, y0), point2=(x1, y1), p=SECP256R1_P)",
         {"point0.x.d0", "point0.x.d1", "point0.x.d2", "point0.y.d0", "point0.y.d1", "point0.y.d2", "point1.x.d0", "point1.x.d1", "point1.x.d2", "point1.y.d0", "point1.y.d1", "point1.y.d2"},
         line_slope<true>},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nslope = pack(ids.slope, PRIME)\nx = pack(ids.point.x, PRIME)\ny = pack(ids.point.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P",
         {"slope.d0", "slope.d1", "slope.d2", "point.x.d0", "point.x.d1", "point.x.d2", "point.y.d0", "point.y.d1", "point.y.d2"},
         ec_double_new_x<false>},
        {"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\n\nslope = pack(ids.slope, PRIME)\nx = pack(ids.point.x, PRIME)\ny = pack(ids.point.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP256R1_P) - 2 * x) % SECP256R1_P",
         {"slope.d0", "slope.d1", "slope.d2", "point.x.d0", "point.x.d1", "point.x.d2", "point.y.d0", "point.y.d1", "point.y.d2"},
         ec_double_new_x<true>},
        {"value = new_y = (slope * (x - new_x) - y) % SECP_P",
         {},
         ec_double_new_y<false>},
        {"value = new_y = (slope * (x - new_x) - y) % SECP256R1_P",
         {},
         ec_double_new_y<true>},
        {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nslope = pack(ids.slope, PRIME)\nx0 = pack(ids.point0.x, PRIME)\nx1 = pack(ids.point1.x, PRIME)\ny0 = pack(ids.point0.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P",
         {"slope.d0", "slope.d1", "slope.d2", "point0.x.d0", "point0.x.d1", "point0.x.d2", "point1.x.d0", "point1.x.d1", "point1.x.d2", "point0.y.d0", "point0.y.d1", "point0.y.d2"},
         fast_ec_add_new_x<false>},
        {"from starkware.cairo.common.cairo_secp.secp_utils import pack\n\nslope = pack(ids.slope, PRIME)\nx0 = pack(ids.point0.x, PRIME)\nx1 = pack(ids.point1.x, PRIME)\ny0 = pack(ids.point0.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P",
         {"slope.d0", "slope.d1", "slope.d2", "point0.x.d0", "point0.x.d1", "point0.x.d2", "point1.x.d0", "point1.x.d1", "point1.x.d2", "point0.y.d0", "point0.y.d1", "point0.y.d2"},
         fast_ec_add_new_x<true>},
        {"value = new_y = (slope * (x0 - new_x) - y0) % SECP_P",
         {},
         fast_ec_add_new_y},
        {"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P as SECP_P",
         {},
         import_r1_p},
        {"memory[ap] = (ids.scalar % PRIME) % 2",
         {"scalar"},
         scalar_parity},
        {"num = (ids.scalar.high << 128) + ids.scalar.low\nnibbles = [(num >> i) & 0xf for i in range(0, 256, 4)]\nids.first_nibble = nibbles.pop()\nids.last_nibble = nibbles[0]",
         {"scalar.high", "scalar.low", "first_nibble", "last_nibble"},
         scalar_nibbles},
        {"from starkware.cairo.common.math_utils import as_int\n\n# Correctness check.\nvalue = as_int(ids.value, PRIME) % PRIME\nassert value < ids.UPPER_BOUND, f'{value} is outside of the range [0, 2**165).'\n\n# Calculation for the assertion.\nids.high, ids.low = divmod(ids.value, ids.SHIFT)",
         {"value", "UPPER_BOUND", "high", "low", "SHIFT"},
         r1_split_165},
        {"memory[ap] = to_felt_or_relocatable(x == 0)",
         {},
         x_is_zero},
        {"memory[fp + 0] = to_felt_or_relocatable(nibbles.pop())",
         {},
         pop_nibble},
    };
}

}  // namespace xcairo
