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

void Memory::mark_accessed(const Relocatable& addr) noexcept {
    CellSegment* seg = segment(addr.segment);
    if (seg != nullptr && addr.offset < seg->size()) (*seg)[addr.offset].mark_accessed();
}

}  // namespace xcairo
