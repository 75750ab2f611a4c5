#include "ecdsa_runner.hpp"

#include "curve_constants.hpp"
#include "ecdsa.hpp"
#include "../uint256.hpp"
#include "../value_ops.hpp"

namespace xcairo {
namespace {

constexpr uint32_t kCellsPerSignature = 2;

/// verify_ecdsa_sig's outcome as the rule's assertion text ("" when the signature is valid).
std::string verify_text(const Felt& pubkey, const Felt& msg, const EcdsaSignature& sig) {
    using ecdsa::VerifyStatus;
    switch (ecdsa::verify(msg, sig.r, sig.s, pubkey)) {
        case VerifyStatus::valid: return {};
        case VerifyStatus::invalid:
            return "Signature (" + uint256::to_dec(sig.r) + ", " + uint256::to_dec(sig.s) +
                   "), is invalid, with respect to the public key " + pubkey.to_dec() +
                   ", and the message hash " + msg.to_dec() + ".";
        // signature.verify's own asserts, in its order.
        case VerifyStatus::s_out_of_range: return "s = " + uint256::to_dec(sig.s);
        case VerifyStatus::r_out_of_range: return "r = " + uint256::to_dec(sig.r);
        case VerifyStatus::w_out_of_range:
            return "w = " + uint256::to_dec(ecdsa::inverse_mod_order(sig.s));
        case VerifyStatus::msg_out_of_range: return "msg_hash = " + msg.to_dec();
    }
    return {};
}

}  // namespace

EcdsaRunner::EcdsaRunner(Relocatable base)
    : BuiltinRunner("ecdsa", base, kCellsPerSignature, kCellsPerSignature) {}

std::string EcdsaRunner::validate(const Memory& memory, const Relocatable& addr,
                                  const MaybeRelocatable&) const {
    // The rule applies once both cells of the instance are written.
    const bool is_pubkey = addr.offset % kCellsPerSignature == 0;
    const Relocatable pubkey_addr = is_pubkey ? addr : Relocatable{addr.segment, addr.offset - 1};
    const Relocatable msg_addr = pubkey_addr + 1;
    const Cell* pubkey = memory.find(pubkey_addr);
    const Cell* msg = memory.find(msg_addr);
    if (pubkey == nullptr || msg == nullptr) return {};
    if (pubkey->value().is_relocatable()) {
        return "ECDSA builtin: Expected public key at address " + value_text(pubkey_addr) +
               " to be an integer. Got: " + value_text(pubkey->value()) + ".";
    }
    if (msg->value().is_relocatable()) {
        return "ECDSA builtin: Expected message hash at address " + value_text(msg_addr) +
               " to be an integer. Got: " + value_text(msg->value()) + ".";
    }
    const auto signature = m_signatures.find(pubkey_addr);
    if (signature == m_signatures.end()) {
        return "Signature hint is missing for ECDSA builtin at address " + value_text(pubkey_addr) +
               ". Add it using 'ecdsa_builtin.add_signature'.";
    }
    return verify_text(pubkey->value().felt(), msg->value().felt(), signature->second);
}

void EcdsaRunner::validated_addresses(const Memory& memory, const Relocatable& addr,
                                      std::vector<Relocatable>& out) const {
    const Relocatable pubkey_addr{addr.segment, addr.offset - addr.offset % kCellsPerSignature};
    if (memory.find(pubkey_addr) == nullptr || memory.find(pubkey_addr + 1) == nullptr) return;
    out.push_back(pubkey_addr);
    out.push_back(pubkey_addr + 1);
}

std::string EcdsaRunner::air_private_input(const Memory& memory) const {
    // vm_memory[addr] of a cell never written raises UnknownMemoryError, hex() of a relocatable
    // a TypeError.
    const auto hex_at = [&memory](const Relocatable& addr) {
        const std::optional<MaybeRelocatable> value = memory.get(addr);
        if (!value) {
            throw UncaughtError("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
                                "Unknown value for memory cell at address " + value_text(addr) + ".");
        }
        if (value->is_relocatable()) {
            throw UncaughtError("TypeError",
                                "'RelocatableValue' object cannot be interpreted as an integer");
        }
        return value->felt().to_hex();
    };
    std::map<uint64_t, std::string> items;  // by index
    for (const Relocatable& addr : m_added) {  // in cairo-lang's order, for the first error
        const std::string pubkey = hex_at(addr);
        const std::string msg = hex_at(addr + 1);
        const EcdsaSignature& signature = m_signatures.at(addr);
        if (uint256::is_zero(signature.s) ||
            uint256::compare(signature.s, curve_constants::kEcOrder) >= 0) {
            // Only a signature replaced after its instance was validated gets here.
            throw Error("xcairo: the ECDSA signature at " + value_text(addr) +
                        " has s out of range (not supported in the AIR private input).");
        }
        const uint64_t index = (addr.offset - base().offset) / kCellsPerSignature;
        items[index] = "{\"index\": " + std::to_string(index) + ", \"pubkey\": \"" + pubkey +
                       "\", \"msg\": \"" + msg + "\", \"signature_input\": {\"r\": \"" +
                       uint256::to_hex(signature.r) + "\", \"w\": \"" +
                       uint256::to_hex(ecdsa::inverse_mod_order(signature.s)) + "\"}}";
    }
    std::string text;
    for (const auto& [index, item] : items) text += (text.empty() ? "" : ", ") + item;
    return "[" + text + "]";
}

std::string EcdsaRunner::add_signature(const MaybeRelocatable& addr,
                                       const EcdsaSignature& signature) {
    if (!addr.is_relocatable()) {
        return "Expected memory address to be relocatable value. Found: " + value_text(addr) + ".";
    }
    const Relocatable r = addr.relocatable();
    if (r.segment != base().segment) {
        return "Signature hint must point to the signature builtin segment, not " + value_text(addr) +
               ".";
    }
    if (r.offset % kCellsPerSignature != 0) {
        return "Signature hint must point to the public key cell, not " + value_text(addr) + ".";
    }
    if (m_signatures.insert_or_assign(r, signature).second) m_added.push_back(r);
    return {};
}

std::unique_ptr<BuiltinRunner> make_ecdsa_runner(Relocatable base) {
    return std::make_unique<EcdsaRunner>(base);
}

}  // namespace xcairo
