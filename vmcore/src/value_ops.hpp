#pragma once
// Arithmetic on MaybeRelocatable values with cairo-lang's rules and error texts.
#include <optional>
#include <string>

#include "vmcore/value.hpp"

namespace xcairo {

/// An offset that went below zero wraps in 64 bits; cairo-lang keeps it modulo P.
inline bool is_negative_offset(uint64_t offset) { return static_cast<int64_t>(offset) < 0; }

/// The integer an integer address stands for (see kIntegerSegment).
inline Felt integer_value(const Relocatable& r) {
    return Felt::from_i64(static_cast<int64_t>(r.offset));
}

/// A register as cairo-lang holds it: a relocatable, or an int for an integer address.
inline MaybeRelocatable register_value(const Relocatable& r) {
    if (r.is_integer()) [[unlikely]] return integer_value(r);
    return r;
}

/// The integer address of a felt; nullopt beyond kIntegerAddressLimit (not supported).
std::optional<Relocatable> integer_address(const Felt& f);
/// A value used as an address or register (a relocatable, or an integer address).
std::optional<Relocatable> as_address(const MaybeRelocatable& v);
/// The error for a felt that integer_address rejects.
std::string unsupported_integer_address(const Felt& f);

/// str() of an address or value as cairo-lang prints it (negative offsets shown modulo P, integer
/// addresses as the integer).
inline std::string value_text(const MaybeRelocatable& v) {
    if (!v.is_relocatable()) return v.felt().to_dec();
    const Relocatable r = v.relocatable();
    if (r.is_integer()) return integer_value(r).to_dec();
    if (!is_negative_offset(r.offset)) return r.to_string();
    return std::to_string(r.segment) + ":" + Felt::from_i64(static_cast<int64_t>(r.offset)).to_dec();
}

/// base + delta with 64-bit wrap-around (see is_negative_offset).
inline Relocatable offset_by(const Relocatable& base, int64_t delta) noexcept {
    return {base.segment, base.offset + static_cast<uint64_t>(delta)};
}

/// a + b; on failure returns false and sets `error`.
bool add_values(const MaybeRelocatable& a, const MaybeRelocatable& b, MaybeRelocatable& out,
                std::string& error);
/// a - b; on failure returns false and sets `error`.
bool sub_values(const MaybeRelocatable& a, const MaybeRelocatable& b, MaybeRelocatable& out,
                std::string& error);
/// base + felt for addresses (an integer base adds as integers, modulo P); false (with `error`)
/// when the felt is not a small signed offset or the integer result is out of range.
bool add_felt_offset(const Relocatable& base, const Felt& f, Relocatable& out, std::string& error);

}  // namespace xcairo
