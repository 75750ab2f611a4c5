#pragma once
// MaybeRelocatable: the value of a Cairo memory cell, a field element or a segment address.
#include <cstdint>
#include <string>

#include "vmcore/felt.hpp"

namespace xcairo {

/// The pseudo segment of integer addresses. In cairo-lang pc, fp and memory addresses may be plain
/// integers (`call abs 7`, a `ret` with a felt at [fp - 2], `[p]` with p a felt); xcairo keeps such
/// an address as Relocatable{kIntegerSegment, v}, v being the integer as a signed 64-bit number
/// modulo P (so the offset -1 stands for P - 1), far from real (>= 0) and temporary (< 0) indices.
inline constexpr int64_t kIntegerSegment = INT64_MAX;
/// Integer addresses are supported while |v| < 2^62: an instruction offset or an immediate jump
/// (also kept below 2^62) added to one never leaves the signed 64-bit range.
inline constexpr int64_t kIntegerAddressLimit = int64_t{1} << 62;

/// An address inside a memory segment; negative segments are temporary ones.
struct Relocatable {
    int64_t segment = 0;
    uint64_t offset = 0;

    /// An integer address (see kIntegerSegment).
    bool is_integer() const noexcept { return segment == kIntegerSegment; }
    friend bool operator==(const Relocatable&, const Relocatable&) = default;
    friend auto operator<=>(const Relocatable&, const Relocatable&) = default;
    Relocatable operator+(uint64_t delta) const noexcept { return {segment, offset + delta}; }
    /// "segment:offset", as cairo-lang prints it.
    std::string to_string() const {
        return std::to_string(segment) + ":" + std::to_string(offset);
    }
};

/// A field element or a relocatable, in 32 bytes: the same layout as a memory cell.
/// A felt keeps its Montgomery limbs (P < 2^252 leaves the top bits free for tags);
/// a relocatable keeps offset in limb 0, segment in limb 1 and the tag bit in limb 3.
class MaybeRelocatable {
public:
    static constexpr uint64_t kRelocatableBit = 1ULL << 62;

    constexpr MaybeRelocatable() noexcept = default;  ///< the felt zero
    MaybeRelocatable(const Felt& f) noexcept : m_raw(f.montgomery()) {}  // NOLINT: implicit by design
    MaybeRelocatable(const Relocatable& r) noexcept  // NOLINT: implicit by design
        : m_raw{r.offset, static_cast<uint64_t>(r.segment), 0, kRelocatableBit} {}

    bool is_relocatable() const noexcept { return (m_raw[3] & kRelocatableBit) != 0; }
    bool is_felt() const noexcept { return !is_relocatable(); }
    /// Precondition: is_felt().
    Felt felt() const noexcept { return Felt::from_montgomery(m_raw); }
    /// Precondition: is_relocatable().
    Relocatable relocatable() const noexcept {
        return {static_cast<int64_t>(m_raw[1]), m_raw[0]};
    }

    /// Python's str(): canonical decimal for a felt, "segment:offset" for a relocatable.
    std::string to_string() const {
        return is_relocatable() ? relocatable().to_string() : felt().to_dec();
    }
    /// Python's repr(), as cairo-lang prints values inside tuples.
    std::string to_repr() const {
        if (!is_relocatable()) return felt().to_dec();
        const Relocatable r = relocatable();
        return "RelocatableValue(segment_index=" + std::to_string(r.segment) +
               ", offset=" + std::to_string(r.offset) + ")";
    }

    const Felt::Limbs& raw() const noexcept { return m_raw; }
    static constexpr MaybeRelocatable from_raw(const Felt::Limbs& raw) noexcept {
        MaybeRelocatable v;
        v.m_raw = raw;
        return v;
    }

    friend bool operator==(const MaybeRelocatable& a, const MaybeRelocatable& b) noexcept {
        return a.m_raw == b.m_raw;
    }

private:
    Felt::Limbs m_raw{};
};

}  // namespace xcairo
