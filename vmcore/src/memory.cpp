#include "vmcore/memory.hpp"

namespace xcairo {

Relocatable Memory::add_segment() {
    m_segments.emplace_back();
    return {static_cast<int64_t>(m_segments.size()) - 1, 0};
}

Relocatable Memory::add_temp_segment() {
    m_temp_segments.emplace_back();
    return {-static_cast<int64_t>(m_temp_segments.size()), 0};
}

Memory::WriteStatus Memory::insert(const Relocatable& addr, const MaybeRelocatable& value) {
    std::vector<Cell>* seg = segment(addr.segment);
    if (seg == nullptr) return WriteStatus::kNoSegment;
    if (addr.offset >= seg->size()) {
        if (addr.offset - seg->size() > kMaxGap) return WriteStatus::kTooFar;
        seg->resize(addr.offset + 1);
    }
    Cell& cell = (*seg)[addr.offset];
    if (cell.is_set()) return cell.value() == value ? WriteStatus::kOk : WriteStatus::kInconsistent;
    cell.set(value);
    note_first_write(addr);
    return WriteStatus::kOk;
}

void Memory::mark_accessed(const Relocatable& addr) noexcept {
    std::vector<Cell>* seg = segment(addr.segment);
    if (seg != nullptr && addr.offset < seg->size()) (*seg)[addr.offset].mark_accessed();
}

}  // namespace xcairo
