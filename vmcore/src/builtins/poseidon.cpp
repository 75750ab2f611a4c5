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

/// x^3. The square skips CIOS's final subtraction: it stays below 2P, and a product of a value
/// below P with one below 2P still ends below 2P, so the last multiplication's subtraction
/// gives the canonical result.
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

[[gnu::always_inline]] inline void full_round(State& s, const std::array<Limbs, 3>& keys) noexcept {
    using felt_detail::add_mod;
    s.a = cube(add_mod(s.a, keys[0]));
    s.b = cube(add_mod(s.b, keys[1]));
    s.c = cube(add_mod(s.c, keys[2]));
    mix(s);
}

/// The partial rounds. Only c goes through the S-box, so the chain from one round to the next
/// is x -> x^3 -> c' + key' = (a + b + key') - 2x^3; the rest of the mix runs beside it.
[[gnu::always_inline]] inline void partial_rounds(State& s) noexcept {
    using felt_detail::add_mod;
    using felt_detail::sub_mod;
    Limbs x = add_mod(s.c, pc::kPartial[0]);  // c plus the round's key, ready to cube
    for (int i = 0; i < pc::kPartialRounds; ++i) {
        const Limbs y = cube(x);
        const Limbs u = add_mod(s.a, s.b);
        const Limbs next = i + 1 < pc::kPartialRounds ? add_mod(u, pc::kPartial[i + 1]) : u;
        const Limbs a3b = add_mod(u, add_mod(s.a, s.a));  // 3a + b
        const Limbs amb = sub_mod(s.a, s.b);             // a - b
        x = sub_mod(sub_mod(next, y), y);
        s.a = add_mod(a3b, y);
        s.b = add_mod(amb, y);
    }
    s.c = x;
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
