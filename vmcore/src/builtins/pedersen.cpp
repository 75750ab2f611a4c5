// Pedersen hash from fixed-base tables. Each 248-bit low part is cut into 31 bytes; bytes 0..29
// are recoded as signed digits in [-128, 127] (a digit of -d uses the entry d with y negated) and
// byte 30 takes the final carry, in [0, 256]. The two 4-bit high parts and the shift point share
// one 256-entry table. A hash is then one table load to start, 62 mixed additions in Jacobian
// coordinates and one inversion.
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

constexpr int kWindows = 31;        // 248 low bits / 8
constexpr int kSignedWindows = 30;  // windows with signed digits; the last is unsigned
constexpr size_t kSignedEntries = 128;
constexpr size_t kLastEntries = 256;
constexpr size_t kEntriesPerBase = kSignedWindows * kSignedEntries + kLastEntries;
static_assert(kEntriesPerBase == 4096);

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
    /// low[b][w * 128 + d - 1] = d * 2^(8w) * (P0 if b == 0 else P2).
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
    AffinePoint window_base = base;  // 2^(8w) * base
    for (int w = 0; w < kWindows; ++w) {
        const size_t offset = static_cast<size_t>(w) * kSignedEntries;
        const size_t count = w < kSignedWindows ? kSignedEntries : kLastEntries;
        JacobianPoint acc = JacobianPoint::from_affine(window_base);
        jac[offset] = acc;
        for (size_t k = 1; k < count; ++k) {
            acc = curve::jacobian_add_mixed(acc, window_base);
            jac[offset + k] = acc;
        }
        // 256 * window_base = 2 * (128 * window_base).
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

/// Signed-digit recoding of the low 248 bits: sum(digits[w] * 2^(8w)) == value mod 2^248.
void recode(const Felt::Limbs& value, std::array<int16_t, kWindows>& digits) noexcept {
    int carry = 0;
    for (int w = 0; w < kWindows; ++w) {
        int d = static_cast<int>((value[static_cast<size_t>(w / 8)] >> (8 * (w % 8))) & 0xff) +
                carry;
        carry = 0;
        if (w < kSignedWindows && d >= 128) {
            d -= 256;
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
    JacobianPoint acc = JacobianPoint::from_affine(t.high[high].point);
    for (size_t b = 0; b < 2; ++b) {
        for (int w = 0; w < kWindows; ++w) {
            const int d = digits[b][static_cast<size_t>(w)];
            if (d == 0) continue;
            const AffinePoint& p = entry(t.low[b], w, d).point;
            acc = curve::jacobian_add_mixed(acc, d > 0 ? p : AffinePoint{p.x, -p.y});
        }
    }
    return acc.x * (acc.z * acc.z).inverse();  // X / Z^2: the y coordinate is not needed
}

}  // namespace xcairo::pedersen
