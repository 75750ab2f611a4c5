#pragma once
// ECDSA verification of the signature builtin: cairo-lang's signature.verify(msg_hash, r, s,
// public_key) for an x-only public key, with its range asserts and its AIR-mimicking scalar
// multiplications (a computation that would add two points with the same x rejects).
#include <cstdint>

#include "vmcore/felt.hpp"

namespace xcairo::ecdsa {

/// The outcome of verify; the *_out_of_range codes are the asserts that verify raises (rather
/// than returning False), in the order it checks them.
enum class VerifyStatus : uint8_t {
    valid,
    invalid,           ///< verify returns False
    s_out_of_range,    ///< assert 1 <= s < EC_ORDER ("s = ...")
    r_out_of_range,    ///< assert 1 <= r < 2^251 ("r = ...")
    w_out_of_range,    ///< assert 1 <= w < 2^251 ("w = ..."), w = s^-1 mod EC_ORDER
    msg_out_of_range,  ///< assert 0 <= msg_hash < 2^251 ("msg_hash = ...")
};

/// verify(msg_hash, r, s, public_key_x) as the signature builtin calls it (cairo_runner's
/// verify_ecdsa_sig). r and s are the hint's integers as canonical 256-bit limbs; a caller holding
/// a negative or wider integer reports s_out_of_range / r_out_of_range itself, in that order.
VerifyStatus verify(const Felt& msg_hash, const Felt::Limbs& r, const Felt::Limbs& s,
                    const Felt& public_key_x) noexcept;

/// s^-1 mod EC_ORDER (cairo-lang's inv_mod_curve_size). Precondition: 1 <= s < EC_ORDER.
Felt::Limbs inverse_mod_order(const Felt::Limbs& s) noexcept;

}  // namespace xcairo::ecdsa
