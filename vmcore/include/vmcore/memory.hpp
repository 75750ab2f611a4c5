#pragma once
// Segmented write-once memory: one vector of 32-byte cells per segment, and the order of first
// writes (cairo-run writes its memory file in that order).
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "vmcore/pod_buffer.hpp"
#include "vmcore/value.hpp"

namespace xcairo {

/// One memory cell: a MaybeRelocatable with the "set" flag in the free top bit of limb 3.
struct alignas(32) Cell {
    static constexpr uint64_t kSetBit = 1ULL << 63;
    static constexpr uint64_t kFlagBits = kSetBit;

    Felt::Limbs raw{};

    bool is_set() const noexcept { return (raw[3] & kSetBit) != 0; }
    MaybeRelocatable value() const noexcept {
        return MaybeRelocatable::from_raw({raw[0], raw[1], raw[2], raw[3] & ~kFlagBits});
    }
    void set(const MaybeRelocatable& v) noexcept {
        const Felt::Limbs& r = v.raw();
        raw = {r[0], r[1], r[2], r[3] | kSetBit};
    }
};
static_assert(sizeof(Cell) == 32);

/// A run of consecutive first writes: cells [start, start + count) of one segment.
struct WriteRun {
    Relocatable start;
    uint64_t count = 0;
};

/// The cells of one segment, dense from offset 0.
using CellSegment = PodBuffer<Cell>;

/// The VM memory: real segments (index >= 0), temporary ones (index < 0) and a sparse table of
/// integer addresses (kIntegerSegment), which cairo-lang accepts during a run.
class Memory {
public:
    /// Adds a real segment and returns its base.
    Relocatable add_segment();
    /// Adds a temporary segment (index -1, -2, ...) and returns its base.
    Relocatable add_temp_segment();
    size_t segment_count() const noexcept { return m_segments.size(); }
    size_t temp_segment_count() const noexcept { return m_temp_segments.size(); }
    /// Whether a temporary segment holds a cell (none may remain at the end of a run).
    bool has_temp_cells() const noexcept {
        for (const CellSegment& segment : m_temp_segments) {
            if (segment.size() != 0) return true;
        }
        return false;
    }

    /// The cell at addr, or nullptr when the segment or offset has never been written.
    const Cell* find(const Relocatable& addr) const noexcept {
        const CellSegment* seg = segment(addr.segment);
        if (seg == nullptr) [[unlikely]] return find_integer(addr);
        if (addr.offset >= seg->size()) return nullptr;
        const Cell* c = &(*seg)[addr.offset];
        return c->is_set() ? c : nullptr;
    }
    std::optional<MaybeRelocatable> get(const Relocatable& addr) const noexcept {
        const Cell* c = find(addr);
        if (c == nullptr) return std::nullopt;
        return c->value();
    }

    /// Segments are dense: a write may not leave a gap larger than this (2 GiB of cells).
    static constexpr uint64_t kMaxGap = 1ULL << 26;

    /// kIntegerRange: an integer address beyond kIntegerAddressLimit.
    enum class WriteStatus { kOk, kInconsistent, kNoSegment, kTooFar, kIntegerRange };
    /// Writes once: an equal value is accepted, a different one is kInconsistent (nothing changes).
    WriteStatus insert(const Relocatable& addr, const MaybeRelocatable& value) {
        CellSegment* seg = segment(addr.segment);
        if (seg == nullptr) [[unlikely]] return insert_integer(addr, value);
        if (addr.offset >= seg->size()) {
            if (addr.offset - seg->size() > kMaxGap) return WriteStatus::kTooFar;
            seg->resize(addr.offset + 1);
        }
        Cell& cell = (*seg)[addr.offset];
        if (cell.is_set()) {
            return cell.value() == value ? WriteStatus::kOk : WriteStatus::kInconsistent;
        }
        cell.set(value);
        note_first_write(addr);
        return WriteStatus::kOk;
    }

    /// memory.add_relocation_rule(src_ptr, dest_ptr) of memory_dict.py: from now on a value pointing
    /// into src's temporary segment reads as dest plus its offset. Values already written are
    /// relocated now (and hints' later writes by relocated()), so reads need no check. Returns
    /// which of cairo-lang's assertions fails, or kAdded; throws Error for what xcairo does not
    /// support (an integer dest, rules forming a cycle).
    enum class RuleStatus { kAdded, kSourceNotTemporary, kSourceOffsetNotZero, kSegmentHasRule };
    RuleStatus add_relocation_rule(const Relocatable& src, const MaybeRelocatable& dest);
    bool has_relocation_rules() const noexcept { return m_has_rules; }
    /// relocate_value: the value with the rules applied.
    MaybeRelocatable relocated(const MaybeRelocatable& value) const noexcept {
        if (!m_has_rules || !value.is_relocatable()) return value;
        return relocated(value.relocatable());
    }
    Relocatable relocated(const Relocatable& addr) const noexcept;
    /// relocate_memory (CairoRunner.end_run): the cells of the temporary segments that have a rule
    /// move to their destination, keeping cairo-lang's dict order (a cell takes the place of the
    /// first cell relocated to its address). Returns InconsistentMemoryError's message or "".
    std::string relocate_memory();

    /// The first integer address written, if any: cairo-lang cannot size the segments then.
    std::optional<Relocatable> first_integer_address() const noexcept { return m_first_integer; }

    /// Number of cells written (cairo-run's "Used memory cells").
    uint64_t used_cells() const noexcept { return m_used_cells; }
    /// 1 + the highest offset written, per real segment.
    uint64_t segment_used_size(int64_t index) const noexcept {
        const CellSegment* seg = segment(index);
        return seg == nullptr ? 0 : seg->size();
    }
    /// First writes in order, run-length encoded.
    const std::vector<WriteRun>& write_order() const noexcept { return m_write_order; }

    /// Direct access for the step loop: the cells of a segment (nullptr if it does not exist).
    CellSegment* segment(int64_t index) noexcept {
        if (index >= 0) {
            return static_cast<uint64_t>(index) < m_segments.size() ? &m_segments[index] : nullptr;
        }
        const uint64_t t = static_cast<uint64_t>(-(index + 1));
        return t < m_temp_segments.size() ? &m_temp_segments[t] : nullptr;
    }
    const CellSegment* segment(int64_t index) const noexcept {
        return const_cast<Memory*>(this)->segment(index);
    }

    /// Records a first write done directly on a cell by the step loop.
    void note_first_write(const Relocatable& addr) {
        ++m_used_cells;
        if (!m_write_order.empty()) {
            WriteRun& last = m_write_order.back();
            if (last.start.segment == addr.segment && last.start.offset + last.count == addr.offset) {
                ++last.count;
                return;
            }
        }
        m_write_order.push_back({addr, 1});
    }

private:
    // The cold paths of find and insert: integer addresses (or a segment that does not exist).
    const Cell* find_integer(const Relocatable& addr) const noexcept;
    WriteStatus insert_integer(const Relocatable& addr, const MaybeRelocatable& value);

    std::vector<CellSegment> m_segments;
    std::vector<CellSegment> m_temp_segments;
    std::vector<WriteRun> m_write_order;
    uint64_t m_used_cells = 0;
    std::unordered_map<uint64_t, Cell> m_integer_cells;  // by offset in kIntegerSegment
    std::optional<Relocatable> m_first_integer;
    std::vector<std::optional<Relocatable>> m_rules;  // by temporary segment (-1, -2, ...)
    bool m_has_rules = false;
};

}  // namespace xcairo
