// Felt: conversions, text, inversion, powers and square roots (the hot operators are inline).
#include "vmcore/felt.hpp"

#include "big_uint.hpp"
#include "uint256.hpp"

namespace xcairo {

using felt_detail::kP;
using felt_detail::kR;
using felt_detail::Limbs;
using felt_detail::mont_mul;

namespace {

constexpr Limbs square_n(Limbs x, int n) noexcept {
    for (int i = 0; i < n; ++i) x = mont_mul(x, x);
    return x;
}

/// Montgomery base^exponent for a 64-bit exponent (constexpr, for constants and sqrt).
constexpr Limbs pow_u64(const Limbs& base, uint64_t exponent) noexcept {
    Limbs acc = kR;
    for (int bit = 63; bit >= 0; --bit) {
        acc = mont_mul(acc, acc);
        if ((exponent >> bit) & 1) acc = mont_mul(acc, base);
    }
    return acc;
}

// P - 1 = 2^192 * Q with Q odd: the two-adicity Tonelli-Shanks works through.
constexpr int kTwoAdicity = 192;
constexpr uint64_t kOddPart = kP[3];  // (P - 1) >> 192 = 2^59 + 17
static_assert(kP[0] == 1 && kP[1] == 0 && kP[2] == 0 && (kOddPart & 1) == 1);

/// g^(2^j) for j < 192, where g = 3^Q generates the 2^192-th roots of unity.
constexpr std::array<Limbs, kTwoAdicity> make_roots_of_unity() noexcept {
    std::array<Limbs, kTwoAdicity> table{};
    table[0] = pow_u64(felt_detail::to_montgomery(Limbs{3, 0, 0, 0}), kOddPart);
    for (int j = 1; j < kTwoAdicity; ++j) table[j] = mont_mul(table[j - 1], table[j - 1]);
    return table;
}
constexpr std::array<Limbs, kTwoAdicity> kRootsOfUnity = make_roots_of_unity();
// g^(2^191) = -1 proves g has order exactly 2^192, i.e. that 3 is a non-residue.
static_assert(kRootsOfUnity[kTwoAdicity - 1] == felt_detail::sub_mod(Limbs{}, kR));

/// (P - 1) / 2: the largest value cairo-lang prints as non-negative.
constexpr Limbs kHalfP = {0, 0, 1ULL << 63, kP[3] >> 1};
static_assert(felt_detail::add_mod(felt_detail::add_mod(kHalfP, kHalfP), Limbs{1, 0, 0, 0}) ==
              Limbs{});

constexpr uint64_t kTen19 = 10'000'000'000'000'000'000ULL;  // largest power of ten in a limb
constexpr int kDecChunk = 19;
constexpr int kHexChunk = 15;  // 16^15 still fits a limb as the chunk's scale

/// Digits folded in chunks: plain 256-bit while the value fits, the field once it does not.
class DigitAccumulator {
public:
    void push(uint64_t scale, uint64_t chunk) noexcept {
        if (m_overflowed) {
            m_field = m_field * Felt::from_u64(scale) + Felt::from_u64(chunk);
            return;
        }
        const uint64_t carry = m_wide.mul_add_small(scale, chunk);
        if (carry == 0) return;
        // value = carry * 2^256 + wide; kR2 is the Montgomery form of 2^256 mod P.
        m_field = Felt::from_canonical_reduced(m_wide.limb) +
                  Felt::from_u64(carry) * Felt::from_montgomery(felt_detail::kR2);
        m_overflowed = true;
    }
    Felt result() const noexcept {
        return m_overflowed ? m_field : Felt::from_canonical_reduced(m_wide.limb);
    }

private:
    BigUint<4> m_wide;
    Felt m_field;
    bool m_overflowed = false;
};

constexpr uint64_t kTen10 = 10'000'000'000ULL;

/// "00" "01" ... "99": two digits per division.
constexpr std::array<char, 200> make_digit_pairs() noexcept {
    std::array<char, 200> pairs{};
    for (int i = 0; i < 100; ++i) {
        pairs[2 * i] = static_cast<char>('0' + i / 10);
        pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
    return pairs;
}
constexpr std::array<char, 200> kDigitPairs = make_digit_pairs();

/// Writes exactly count decimal digits of v (v < 10^count) before end; returns the first.
char* write_dec_fixed(char* end, uint64_t v, int count) noexcept {
    for (; count >= 2; count -= 2) {
        const uint64_t pair = v % 100;
        v /= 100;
        end -= 2;
        end[0] = kDigitPairs[2 * pair];
        end[1] = kDigitPairs[2 * pair + 1];
    }
    if (count == 1) *--end = static_cast<char>('0' + v);
    return end;
}

/// Writes v in decimal without leading zeros before end; returns the first digit.
char* write_dec(char* end, uint64_t v) noexcept {
    if (v >= kTen10) {
        end = write_dec_fixed(end, v % kTen10, 10);
        v /= kTen10;
    }
    int count = 1;
    for (uint64_t bound = 10; count < 19 && v >= bound; bound *= 10) ++count;
    return write_dec_fixed(end, v, count);
}

/// Character -> digit value, 0xff for anything that is not a hex digit.
constexpr std::array<uint8_t, 256> make_digit_table() noexcept {
    std::array<uint8_t, 256> table{};
    table.fill(0xff);
    for (int c = 0; c < 10; ++c) table['0' + c] = static_cast<uint8_t>(c);
    for (int c = 0; c < 6; ++c) {
        table['a' + c] = static_cast<uint8_t>(10 + c);
        table['A' + c] = static_cast<uint8_t>(10 + c);
    }
    return table;
}
constexpr std::array<uint8_t, 256> kDigitValue = make_digit_table();

constexpr uint64_t ipow(uint64_t base, size_t exponent) noexcept {
    uint64_t r = 1;
    while (exponent-- > 0) r *= base;
    return r;
}

/// Digits in Base (no sign, no prefix), of any length, reduced mod P; nullopt when empty or stray.
template <unsigned Base>
std::optional<Felt> parse_digits(std::string_view digits) noexcept {
    constexpr size_t kChunk = Base == 10 ? kDecChunk : kHexChunk;
    constexpr uint64_t kChunkScale = ipow(Base, kChunk);
    if (digits.empty()) return std::nullopt;
    DigitAccumulator acc;
    size_t len = digits.size() % kChunk == 0 ? kChunk : digits.size() % kChunk;  // short one first
    for (size_t pos = 0; pos < digits.size(); pos += len, len = kChunk) {
        uint64_t value = 0;
        for (size_t k = pos; k < pos + len; ++k) {
            const unsigned digit = kDigitValue[static_cast<unsigned char>(digits[k])];
            if (digit >= Base) return std::nullopt;
            value = value * Base + digit;
        }
        acc.push(len == kChunk ? kChunkScale : ipow(Base, len), value);
    }
    return acc.result();
}

}  // namespace

Felt Felt::from_i64(int64_t value) noexcept {
    if (value >= 0) return from_u64(static_cast<uint64_t>(value));
    return -from_u64(0 - static_cast<uint64_t>(value));
}

std::optional<Felt> Felt::from_canonical(const Limbs& value) noexcept {
    if (uint256::compare(value, kP) >= 0) return std::nullopt;
    return from_montgomery(felt_detail::to_montgomery(value));
}

Felt Felt::from_canonical_reduced(const Limbs& value) noexcept {
    // value = hi * 2^251 + lo with hi < 32, and 2^251 ≡ -(17 * 2^192 + 1) (mod P).
    const uint64_t hi = value[3] >> 59;
    const Limbs lo = {value[0], value[1], value[2], value[3] & ((1ULL << 59) - 1)};
    const Limbs folded = {hi, 0, 0, hi * 17};  // hi * (17 * 2^192 + 1) < P
    return from_montgomery(
        felt_detail::to_montgomery(felt_detail::sub_mod(lo, folded)));  // lo < 2^251 < P
}

std::optional<Felt> Felt::parse(std::string_view text) noexcept {
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    const bool hex = text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    if (hex) text.remove_prefix(2);
    const auto value = hex ? parse_digits<16>(text) : parse_digits<10>(text);
    if (!value) return std::nullopt;
    return negative ? -*value : *value;
}

std::optional<Felt> Felt::from_bytes_le(const std::array<uint8_t, 32>& bytes) noexcept {
    Limbs value{};
    for (size_t i = 0; i < bytes.size(); ++i) value[i / 8] |= uint64_t{bytes[i]} << (8 * (i % 8));
    return from_canonical(value);
}

std::array<uint8_t, 32> Felt::to_bytes_le() const noexcept {
    const Limbs value = canonical();
    std::array<uint8_t, 32> bytes{};
    for (size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<uint8_t>(value[i / 8] >> (8 * (i % 8)));
    }
    return bytes;
}

std::optional<uint64_t> Felt::to_u64() const noexcept {
    const Limbs value = canonical();
    if ((value[1] | value[2] | value[3]) != 0) return std::nullopt;
    return value[0];
}

std::optional<int64_t> Felt::to_i64() const noexcept {
    constexpr uint64_t kMinMagnitude = 1ULL << 63;
    if (const auto v = to_u64(); v && *v < kMinMagnitude) return static_cast<int64_t>(*v);
    if (const auto m = (-*this).to_u64(); m && *m <= kMinMagnitude) {
        return static_cast<int64_t>(0 - *m);  // two's complement: 2^63 becomes INT64_MIN
    }
    return std::nullopt;
}

std::string Felt::to_dec() const { return uint256::to_dec(canonical()); }

std::string uint256::to_dec(Limbs value) {
    char buf[80];  // 2^256 < 10^78
    char* const end = buf + sizeof buf;
    char* out = end;
    for (;;) {
        const uint64_t chunk = uint256::div_rem(value, kTen19);
        if (uint256::is_zero(value)) return std::string(write_dec(out, chunk), end);
        // Two independent halves give the out-of-order core two chains of divisions by 100.
        out = write_dec_fixed(out, chunk % kTen10, 10);
        out = write_dec_fixed(out, chunk / kTen10, kDecChunk - 10);
    }
}

std::string Felt::to_signed_dec() const {
    if (uint256::compare(canonical(), kHalfP) <= 0) return to_dec();
    return "-" + (-*this).to_dec();
}

std::string Felt::to_hex() const { return uint256::to_hex(canonical()); }

std::string uint256::to_hex(const Limbs& value) {
    static constexpr char kDigits[] = "0123456789abcdef";
    char buf[64];
    char* out = buf;
    for (int i = 3; i >= 0; --i) {
        for (int k = 15; k >= 0; --k) *out++ = kDigits[(value[i] >> (4 * k)) & 15];
    }
    const char* const end = buf + sizeof buf;
    const char* first = buf;
    while (first < end - 1 && *first == '0') ++first;
    std::string text = "0x";
    text.append(first, end);
    return text;
}

int Felt::compare(const Felt& other) const noexcept {
    return uint256::compare(canonical(), other.canonical());
}

Felt Felt::operator/(const Felt& other) const noexcept { return *this * other.inverse(); }

Felt Felt::inverse() const noexcept {
    // Fermat: x^(P-2), with P - 2 = 2^251 + 2^196 + (2^192 - 1); 266 squarings, 17 products.
    const Limbs& x = m_limbs;
    const Limbs x2 = mont_mul(square_n(x, 1), x);     // x^(2^2 - 1)
    const Limbs x4 = mont_mul(square_n(x2, 2), x2);   // x^(2^4 - 1)
    const Limbs x8 = mont_mul(square_n(x4, 4), x4);   // x^(2^8 - 1)
    const Limbs x16 = mont_mul(square_n(x8, 8), x8);  // x^(2^16 - 1)
    Limbs acc = mont_mul(square_n(x, 55), x);         // x^(2^55 + 1)
    acc = square_n(acc, 4);                           // x^(2^59 + 2^4)
    for (int i = 0; i < 192 / 16; ++i) acc = mont_mul(square_n(acc, 16), x16);
    return from_montgomery(acc);
}

Felt Felt::pow(const Limbs& exponent) const noexcept {
    // Fixed 4-bit windows, most significant first; leading zero windows are skipped.
    std::array<Limbs, 16> table;
    table[0] = kR;
    for (size_t i = 1; i < table.size(); ++i) table[i] = mont_mul(table[i - 1], m_limbs);
    Limbs acc = kR;
    bool started = false;
    for (int window = 63; window >= 0; --window) {
        const uint64_t nibble = (exponent[window / 16] >> (4 * (window % 16))) & 15;
        if (started) acc = square_n(acc, 4);
        if (nibble != 0) {
            acc = started ? mont_mul(acc, table[nibble]) : table[nibble];
            started = true;
        }
    }
    return from_montgomery(acc);
}

std::optional<Felt> Felt::sqrt() const noexcept {
    // Tonelli-Shanks; the factors g^(2^j) it needs come from the constexpr table.
    if (is_zero()) return *this;
    const Limbs w = pow_u64(m_limbs, (kOddPart - 1) / 2);
    Limbs root = mont_mul(m_limbs, w);  // n^((Q+1)/2)
    Limbs t = mont_mul(root, w);        // n^Q, of order 2^i with i < m for a residue
    int m = kTwoAdicity;
    while (t != kR) {
        int i = 0;
        for (Limbs tt = t; tt != kR && i < m; ++i) tt = mont_mul(tt, tt);
        if (i >= m) return std::nullopt;  // t has order 2^192: n is not a square
        root = mont_mul(root, kRootsOfUnity[kTwoAdicity - i - 1]);
        t = mont_mul(t, kRootsOfUnity[kTwoAdicity - i]);
        m = i;
    }
    const Felt r = from_montgomery(root);
    return uint256::compare(r.canonical(), kHalfP) <= 0 ? r : -r;
}

}  // namespace xcairo
