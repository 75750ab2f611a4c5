// Pedersen hash from fixed-base tables. Each 248-bit low part is cut into 25 windows of 10 bits
// (the last has 8); the first 24 are recoded as signed digits in [-512, 511] (a digit of -d uses
// the entry d with y negated) and the last takes the final carry, in [0, 256]. The two 4-bit high
// parts and the shift point share one 256-entry table. A hash is one table load to start, 50
// mixed additions in Jacobian coordinates (x's and y's windows as two interleaved sums), one
// addition and one inversion. 10-bit windows: 1.6 MiB of tables, 50 additions; 8-bit windows
// would take 0.5 MiB and 62 additions (about 2 us more per hash).
#include "builtins/pedersen.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "builtins/stark_curve.hpp"

namespace xcairo::pedersen {
namespace {

using curve::AffinePoint;
using curve::JacobianPoint;

constexpr int kLowBits = 248;  // fast_pedersen_hash.LOW_PART_BITS
constexpr int kWindowBits = 10;
constexpr int kWindows = (kLowBits + kWindowBits - 1) / kWindowBits;
constexpr int kSignedWindows = kWindows - 1;  // windows with signed digits; the last is unsigned
constexpr int kLastBits = kLowBits - kWindowBits * kSignedWindows;
constexpr size_t kSignedEntries = size_t{1} << (kWindowBits - 1);  // digit magnitudes 1..2^(W-1)
constexpr size_t kLastEntries = size_t{1} << kLastBits;  // 1..2^kLastBits with the carry
constexpr size_t kEntriesPerBase = kSignedWindows * kSignedEntries + kLastEntries;
static_assert(kWindowBits < 16 && kLastBits > 0 && kLastBits <= kWindowBits);

inline constexpr AffinePoint kP0 = curve::point_constant(curve_constants::kPedersenP0);
inline constexpr AffinePoint kP1 = curve::point_constant(curve_constants::kPedersenP1);
inline constexpr AffinePoint kP2 = curve::point_constant(curve_constants::kPedersenP2);
inline constexpr AffinePoint kP3 = curve::point_constant(curve_constants::kPedersenP3);

/// One cache line per entry.
struct alignas(64) Entry {
    AffinePoint point;
};
static_assert(sizeof(Entry) == 64);

struct Tables {
    /// low[b][w * 2^(W-1) + d - 1] = d * 2^(W*w) * (P0 if b == 0 else P2).
    std::array<std::array<Entry, kEntriesPerBase>, 2> low;
    /// high[a | b << 4] = shift + a*P1 + b*P3.
    std::array<Entry, 256> high;
};

void store_affine(const std::vector<JacobianPoint>& jac, Entry* out) {
    std::vector<AffinePoint> affine(jac.size());
    std::vector<Felt> scratch(jac.size());
    curve::batch_to_affine(jac.data(), affine.data(), scratch.data(), jac.size());
    for (size_t i = 0; i < affine.size(); ++i) out[i].point = affine[i];
}

void build_low(const AffinePoint& base, Entry* out) {
    std::vector<JacobianPoint> jac(kEntriesPerBase);
    AffinePoint window_base = base;  // 2^(W*w) * base
    for (int w = 0; w < kWindows; ++w) {
        const size_t offset = static_cast<size_t>(w) * kSignedEntries;
        const size_t count = w < kSignedWindows ? kSignedEntries : kLastEntries;
        JacobianPoint acc = JacobianPoint::from_affine(window_base);
        jac[offset] = acc;
        for (size_t k = 1; k < count; ++k) {
            acc = curve::jacobian_add_mixed(acc, window_base);
            jac[offset + k] = acc;
        }
        if (w + 1 == kWindows) break;
        // 2^W * window_base = 2 * (2^(W-1) * window_base).
        window_base = curve::to_affine(curve::jacobian_double(jac[offset + kSignedEntries - 1]));
    }
    store_affine(jac, out);
}

void build_high(Entry* out) {
    std::vector<JacobianPoint> jac(256);
    JacobianPoint row = JacobianPoint::from_affine(curve::kShiftPoint);  // shift + a*P1
    for (size_t a = 0; a < 16; ++a) {
        JacobianPoint cur = row;
        for (size_t b = 0; b < 16; ++b) {
            jac[a | (b << 4)] = cur;
            cur = curve::jacobian_add_mixed(cur, kP3);
        }
        row = curve::jacobian_add_mixed(row, kP1);
    }
    store_affine(jac, out);
}

std::unique_ptr<const Tables> build_tables() {
    auto tables = std::make_unique<Tables>();
    build_low(kP0, tables->low[0].data());
    build_low(kP2, tables->low[1].data());
    build_high(tables->high.data());
    return tables;
}

const Tables& tables() noexcept {
    static const std::unique_ptr<const Tables> instance = build_tables();
    return *instance;
}

/// width bits of v from bit pos (width < 64, pos + width <= 256).
uint64_t bits_at(const Felt::Limbs& v, int pos, int width) noexcept {
    const size_t limb = static_cast<size_t>(pos / 64);
    const int shift = pos % 64;
    uint64_t word = v[limb] >> shift;
    if (shift + width > 64) word |= v[limb + 1] << (64 - shift);
    return word & ((uint64_t{1} << width) - 1);
}

/// Signed-digit recoding of the low 248 bits: sum(digits[w] * 2^(W*w)) == value mod 2^248, with
/// |digits[w]| <= 2^(W-1) for the signed windows and 0 <= digits[last] <= 2^kLastBits.
void recode(const Felt::Limbs& value, std::array<int16_t, kWindows>& digits) noexcept {
    int carry = 0;
    for (int w = 0; w < kWindows; ++w) {
        const bool is_signed = w < kSignedWindows;
        int d = static_cast<int>(
                    bits_at(value, w * kWindowBits, is_signed ? kWindowBits : kLastBits)) +
                carry;
        carry = 0;
        if (is_signed && d >= (1 << (kWindowBits - 1))) {
            d -= 1 << kWindowBits;
            carry = 1;
        }
        digits[static_cast<size_t>(w)] = static_cast<int16_t>(d);
    }
}

/// The table entry for digit d != 0 of window w.
const Entry& entry(const std::array<Entry, kEntriesPerBase>& table, int w, int d) noexcept {
    const int magnitude = d < 0 ? -d : d;
    return table[static_cast<size_t>(w) * kSignedEntries + static_cast<size_t>(magnitude - 1)];
}

/// d * (the window's base point) for a digit d (any point when d == 0).
AffinePoint signed_entry(const std::array<Entry, kEntriesPerBase>& table, int w, int d) noexcept {
    const AffinePoint& p = entry(table, w, d == 0 ? 1 : d).point;
    return d >= 0 ? p : AffinePoint{p.x, -p.y};
}

/// Felt-wise 2v.
Felt twice(const Felt& v) noexcept { return v + v; }

/// acc[i] += b[i] for every lane, statement by statement across the lanes (madd-2007-bl), so
/// the lanes' independent multiplications interleave. Returns false, changing nothing, when a
/// lane is infinity or its sum is a doubling or infinity: the caller then uses the complete
/// single addition.
template <size_t L>
bool add_mixed_lanes(std::array<JacobianPoint, L>& acc, const std::array<AffinePoint, L>& b) {
    std::array<Felt, L> z1z1, h, r;
    for (size_t i = 0; i < L; ++i) z1z1[i] = acc[i].z * acc[i].z;
    for (size_t i = 0; i < L; ++i) h[i] = b[i].x * z1z1[i] - acc[i].x;
    for (size_t i = 0; i < L; ++i) r[i] = twice(b[i].y * acc[i].z * z1z1[i] - acc[i].y);
    for (size_t i = 0; i < L; ++i) {
        if (acc[i].is_infinity() || h[i].is_zero()) return false;
    }
    std::array<Felt, L> hh, i4, j, v;
    for (size_t i = 0; i < L; ++i) hh[i] = h[i] * h[i];
    for (size_t i = 0; i < L; ++i) i4[i] = twice(twice(hh[i]));
    for (size_t i = 0; i < L; ++i) j[i] = h[i] * i4[i];
    for (size_t i = 0; i < L; ++i) v[i] = acc[i].x * i4[i];
    for (size_t i = 0; i < L; ++i) {
        const Felt x3 = r[i] * r[i] - j[i] - twice(v[i]);
        const Felt zh = acc[i].z + h[i];
        acc[i].y = r[i] * (v[i] - x3) - twice(acc[i].y * j[i]);
        acc[i].z = zh * zh - z1z1[i] - hh[i];
        acc[i].x = x3;
    }
    return true;
}

}  // namespace

void warm_up() noexcept { (void)tables(); }

Felt hash(const Felt& x, const Felt& y) noexcept {
    const Tables& t = tables();
    const std::array<Felt::Limbs, 2> inputs = {x.canonical(), y.canonical()};
    std::array<std::array<int16_t, kWindows>, 2> digits;
    for (size_t b = 0; b < 2; ++b) {
        recode(inputs[b], digits[b]);
        for (int w = 0; w < kWindows; ++w) {
            const int d = digits[b][static_cast<size_t>(w)];
            if (d != 0) __builtin_prefetch(&entry(t.low[b], w, d));
        }
    }
    // Bits 248..251 of each input (inputs are below P < 2^252).
    const size_t high = (inputs[0][3] >> 56) | ((inputs[1][3] >> 56) << 4);
    // Two independent sums, x's windows on the high-table point and y's from infinity, advanced
    // together so that their multiplications overlap.
    std::array<JacobianPoint, 2> lanes = {JacobianPoint::from_affine(t.high[high].point),
                                          JacobianPoint{}};
    for (int w = 0; w < kWindows; ++w) {
        const std::array<int, 2> d = {digits[0][static_cast<size_t>(w)],
                                      digits[1][static_cast<size_t>(w)]};
        const std::array<AffinePoint, 2> points = {signed_entry(t.low[0], w, d[0]),
                                                   signed_entry(t.low[1], w, d[1])};
        if (d[0] != 0 && d[1] != 0 && add_mixed_lanes(lanes, points)) continue;
        for (size_t b = 0; b < 2; ++b) {  // a zero digit or an exceptional sum
            if (d[b] != 0) lanes[b] = curve::jacobian_add_mixed(lanes[b], points[b]);
        }
    }
    const JacobianPoint acc = curve::jacobian_add(lanes[0], lanes[1]);
    return acc.x * curve::inverse(acc.z * acc.z);  // X / Z^2: the y coordinate is not needed
}

}  // namespace xcairo::pedersen
