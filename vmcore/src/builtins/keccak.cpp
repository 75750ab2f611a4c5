// Keccak-f[1600] over 25 u64 lanes (FIPS 202, cairo-lang's keccak_utils with ell = 6), and the
// keccak builtin's 200-bit felt packing, all on the stack.
#include "builtins/keccak.hpp"

#include <bit>

namespace xcairo {
namespace {

constexpr int kRounds = 24;

/// The iota keys: rc[i] from the degree-8 LFSR x^8 + x^6 + x^5 + x^4 + 1, like precompute_rc.
constexpr std::array<uint64_t, kRounds> make_round_keys() noexcept {
    std::array<uint64_t, kRounds> out{};
    unsigned x = 1;
    for (auto& rc : out) {
        for (int m = 0; m <= 6; ++m) {
            rc |= static_cast<uint64_t>(x & 1) << ((1 << m) - 1);
            x <<= 1;
            x ^= 0x171 * (x >> 8);
        }
    }
    return out;
}
constexpr std::array<uint64_t, kRounds> kRoundKeys = make_round_keys();
static_assert(kRoundKeys[0] == 1 && kRoundKeys[1] == 0x8082 &&
              kRoundKeys[23] == 0x8000000080008008);

/// rho's rotation of lane x + 5y, from the walk (x, y) -> (y, 2x + 3y) of precompute_rho_offsets.
constexpr std::array<int, 25> make_rho() noexcept {
    std::array<int, 25> out{};
    int x = 1, y = 0, offset = 0;
    for (int t = 1; t < 25; ++t) {
        offset = (offset + t) % 64;
        out[x + 5 * y] = offset;
        const int nx = y;
        y = (2 * x + 3 * y) % 5;
        x = nx;
    }
    return out;
}
constexpr std::array<int, 25> kRho = make_rho();
static_assert(kRho[1] == 1 && kRho[2] == 62 && kRho[24] == 14);

/// pi moves lane (x, y) to (y, 2x + 3y): the source lane of each destination.
constexpr std::array<int, 25> make_pi_source() noexcept {
    std::array<int, 25> out{};
    for (int x = 0; x < 5; ++x)
        for (int y = 0; y < 5; ++y) out[y + 5 * ((2 * x + 3 * y) % 5)] = x + 5 * y;
    return out;
}
constexpr std::array<int, 25> kPiSource = make_pi_source();

/// The state bit where felt i's limb j starts; a limb may straddle two lanes.
constexpr int limb_bit(std::size_t felt, int limb) noexcept {
    return static_cast<int>(felt) * static_cast<int>(kKeccakFeltBits) + 64 * limb;
}

}  // namespace

void keccak_f1600(KeccakState& state) noexcept {
    KeccakState a = state;  // a local copy, fully unrolled below, lives in registers
    for (int round = 0; round < kRounds; ++round) {
        std::array<uint64_t, 5> c;  // theta's column parities
#pragma GCC unroll 5
        for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        std::array<uint64_t, 5> d;
#pragma GCC unroll 5
        for (int x = 0; x < 5; ++x) d[x] = c[(x + 4) % 5] ^ std::rotl(c[(x + 1) % 5], 1);
        KeccakState b;  // theta, rho and pi in one pass
#pragma GCC unroll 25
        for (int i = 0; i < 25; ++i) {
            const int src = kPiSource[i];
            b[i] = std::rotl(a[src] ^ d[src % 5], kRho[src]);
        }
#pragma GCC unroll 25
        for (int i = 0; i < 25; ++i) {  // chi, row by row
            const int x = i % 5, row = i - x;
            a[i] = b[i] ^ (~b[row + (x + 1) % 5] & b[row + (x + 2) % 5]);
        }
        a[0] ^= kRoundKeys[round];  // iota
    }
    state = a;
}

int keccak_pack(const KeccakFelts& inputs, KeccakState& state) noexcept {
    state.fill(0);
    for (std::size_t i = 0; i < kKeccakFelts; ++i) {
        const Felt::Limbs v = inputs[i].canonical();
        if (v[3] >> (kKeccakFeltBits - 192)) return static_cast<int>(i);
        for (int j = 0; j < 4; ++j) {
            const int bit = limb_bit(i, j);
            const int lane = bit / 64, shift = bit % 64;
            state[lane] |= v[j] << shift;
            // Only the top limb (8 bits) of the last felt could reach past lane 24, and it cannot.
            if (shift != 0 && lane + 1 < 25) state[lane + 1] |= v[j] >> (64 - shift);
        }
    }
    return -1;
}

void keccak_unpack(const KeccakState& state, KeccakFelts& outputs) noexcept {
    for (std::size_t i = 0; i < kKeccakFelts; ++i) {
        Felt::Limbs v{};
        for (int j = 0; j < 4; ++j) {
            const int bit = limb_bit(i, j);
            const int lane = bit / 64, shift = bit % 64;
            v[j] = state[lane] >> shift;
            if (shift != 0 && lane + 1 < 25) v[j] |= state[lane + 1] << (64 - shift);
        }
        v[3] &= (uint64_t{1} << (kKeccakFeltBits - 192)) - 1;  // 200 bits < 2^251: already < P
        outputs[i] = Felt::from_montgomery(felt_detail::to_montgomery(v));
    }
}

int keccak_builtin(const KeccakFelts& inputs, KeccakFelts& outputs) noexcept {
    KeccakState state;
    if (const int bad = keccak_pack(inputs, state); bad >= 0) return bad;
    keccak_f1600(state);
    keccak_unpack(state, outputs);
    return -1;
}

}  // namespace xcairo
