#pragma once
// The ecdsa builtin (cairo-lang's SignatureBuiltinRunner): instances of 2 cells (public key x,
// message hash); once both are written, the signature a hint added for the instance must verify.
#include <map>
#include <vector>

#include "builtin_runner.hpp"

namespace xcairo {

/// An ECDSA signature as a hint gives it: non-negative integers below 2^256 (canonical limbs).
struct EcdsaSignature {
    Felt::Limbs r{};
    Felt::Limbs s{};
    friend bool operator==(const EcdsaSignature&, const EcdsaSignature&) = default;
};

class EcdsaRunner final : public BuiltinRunner {
public:
    explicit EcdsaRunner(Relocatable base);

    bool has_validation_rule() const noexcept override { return true; }
    std::string validate(const Memory& memory, const Relocatable& addr,
                         const MaybeRelocatable& value) const override;
    /// Both cells of the instance once both are written, else none.
    void validated_addresses(const Memory& memory, const Relocatable& addr,
                             std::vector<Relocatable>& out) const override;

    /// The signatures with their instance's public key and message: {"index", "pubkey", "msg",
    /// "signature_input": {"r", "w"}} by index (w = s^-1 mod the curve order).
    std::string air_private_input(const Memory& memory) const override;

    /// ecdsa_builtin.add_signature(addr, (r, s)): addr must be an instance's public key cell.
    /// Returns cairo-lang's assertion text when it is not, else "" (a later signature for the
    /// same address replaces the earlier one).
    std::string add_signature(const MaybeRelocatable& addr, const EcdsaSignature& signature);

    /// The signatures added, by public key address (the AIR private input lists them).
    const std::map<Relocatable, EcdsaSignature>& signatures() const noexcept {
        return m_signatures;
    }

private:
    std::map<Relocatable, EcdsaSignature> m_signatures;
    std::vector<Relocatable> m_added;  ///< addresses in the order first added (cairo-lang's dict)
};

}  // namespace xcairo
