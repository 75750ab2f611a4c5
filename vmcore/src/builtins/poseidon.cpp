// Hades permutation on Montgomery limbs, with the partial rounds' keys folded so that a partial
// round adds a single key (see scripts/gen_poseidon_constants.py).
#include "builtins/poseidon.hpp"

#include <cstddef>
#include <cstdint>

#include "builtins/poseidon_constants.hpp"

namespace xcairo {
namespace {

using felt_detail::Limbs;
namespace pc = poseidon_constants;

struct State {
    Limbs a, b, c;
};

// Lazy reduction. CIOS ends below a * b / R + P, so inputs below 4P (16P^2 < R * P because
// P < 2^252) end below 2P, and the final subtraction of mont_mul then gives the canonical value.
// Its intermediate sums stay below 5P < 2^255, inside the four limbs.
static_assert(felt_detail::kP[3] < (uint64_t{1} << 60), "P < 2^252 bounds the lazy values");

/// a + b without reduction. Precondition: the sum stays below 2^256.
[[gnu::always_inline]] inline Limbs add_lazy(const Limbs& a, const Limbs& b) noexcept {
    return felt_detail::add_raw(a, b);
}

/// a - b without reduction. Precondition: a >= b.
[[gnu::always_inline]] inline Limbs sub_lazy(const Limbs& a, const Limbs& b) noexcept {
    uint64_t borrow = 0;
    return felt_detail::sub_raw(a, b, borrow);
}

inline constexpr Limbs kTwoP = felt_detail::Limbs{2, 0, 0, 2 * felt_detail::kP[3]};

/// x^3, canonical. Precondition: x < 4P. The square skips the final subtraction (it ends below
/// 2P); the product of x with it is reduced.
[[gnu::always_inline]] inline Limbs cube(const Limbs& x) noexcept {
    Limbs sq{};
    for (const uint64_t word : x) felt_detail::cios_round(sq, x, word);
    return felt_detail::mont_mul(x, sq);
}

/// The MDS product by additions: with t = a + b + c, the rows are t + 2a, t - 2b, t - 3c.
[[gnu::always_inline]] inline void mix(State& s) noexcept {
    using felt_detail::add_mod;
    using felt_detail::sub_mod;
    const Limbs t = add_mod(add_mod(s.a, s.b), s.c);
    const Limbs c3 = add_mod(add_mod(s.c, s.c), s.c);
    s.a = add_mod(t, add_mod(s.a, s.a));
    s.b = sub_mod(t, add_mod(s.b, s.b));
    s.c = sub_mod(t, c3);
}

[[gnu::always_inline]] inline void full_round(State& s,
                                              const std::array<Limbs, 3>& keys) noexcept {
    s.a = cube(add_lazy(s.a, keys[0]));  // below 2P: cube takes lazy inputs
    s.b = cube(add_lazy(s.b, keys[1]));
    s.c = cube(add_lazy(s.c, keys[2]));
    mix(s);
}

/// The partial rounds. Only c goes through the S-box, so the chain from one round to the next
/// is x -> y = x^3 -> c' + key' = (a + b + key') - 2y, kept lazy (below 4P) as the next x. The
/// linear part runs beside it on p = a + b and q = a - b, where the mix is cheapest:
/// p' = a' + b' = 2(p + q + y), q' = a' - b' = 2p; after the last round a = 2p + q + y,
/// b = q + y, c = p - 2y.
[[gnu::always_inline]] inline void partial_rounds(State& s) noexcept {
    using felt_detail::add_mod;
    using felt_detail::sub_mod;
    Limbs p = add_mod(s.a, s.b);
    Limbs q = sub_mod(s.a, s.b);
    Limbs x = add_lazy(s.c, pc::kPartial[0]);  // c plus the round's key, below 2P
    for (int i = 1; i < pc::kPartialRounds; ++i) {
        const Limbs y = cube(x);
        // (p + key' + 2P) - 2y lies in (0, 4P): only the last two steps wait for y.
        x = sub_lazy(add_lazy(add_lazy(p, pc::kPartial[i]), kTwoP), add_lazy(y, y));
        const Limbs half = add_mod(add_mod(p, q), y);
        q = add_mod(p, p);
        p = add_mod(half, half);
    }
    const Limbs y = cube(x);
    s.a = add_mod(add_mod(add_mod(p, p), q), y);
    s.b = add_mod(q, y);
    s.c = sub_mod(sub_mod(p, y), y);
}

}  // namespace

void poseidon_permute(PoseidonState& state) noexcept {
    State s{state[0].montgomery(), state[1].montgomery(), state[2].montgomery()};
    for (const auto& keys : pc::kFirstFull) full_round(s, keys);
    partial_rounds(s);
    for (const auto& keys : pc::kLastFull) full_round(s, keys);
    state = {Felt::from_montgomery(s.a), Felt::from_montgomery(s.b), Felt::from_montgomery(s.c)};
}

Felt poseidon_hash(const Felt& x, const Felt& y) noexcept {
    PoseidonState state{x, y, Felt::from_u64(2)};
    poseidon_permute(state);
    return state[0];
}

Felt poseidon_hash_single(const Felt& x) noexcept {
    PoseidonState state{x, Felt{}, Felt::from_u64(1)};
    poseidon_permute(state);
    return state[0];
}

Felt poseidon_hash_many(std::span<const Felt> values) noexcept {
    PoseidonState state{};
    std::size_t i = 0;
    for (; i + 2 <= values.size(); i += 2) {
        state[0] += values[i];
        state[1] += values[i + 1];
        poseidon_permute(state);
    }
    // Padding: a 1 after the values, then 0s up to a whole block of 2.
    const Felt one = Felt::from_u64(1);
    if (i < values.size()) {
        state[0] += values[i];
        state[1] += one;
    } else {
        state[0] += one;
    }
    poseidon_permute(state);
    return state[0];
}

}  // namespace xcairo
