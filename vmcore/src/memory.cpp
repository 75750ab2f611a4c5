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

const Cell* Memory::find_integer(const Relocatable& addr) const noexcept {
    if (!addr.is_integer()) return nullptr;
    const auto it = m_integer_cells.find(addr.offset);
    return it == m_integer_cells.end() ? nullptr : &it->second;
}

Memory::WriteStatus Memory::insert_integer(const Relocatable& addr, const MaybeRelocatable& value) {
    if (!addr.is_integer()) return WriteStatus::kNoSegment;
    const auto v = static_cast<int64_t>(addr.offset);
    if (v <= -kIntegerAddressLimit || v >= kIntegerAddressLimit) return WriteStatus::kIntegerRange;
    const auto [it, inserted] = m_integer_cells.try_emplace(addr.offset);
    if (!inserted) {
        return it->second.value() == value ? WriteStatus::kOk : WriteStatus::kInconsistent;
    }
    it->second.set(value);
    if (!m_first_integer) m_first_integer = addr;
    note_first_write(addr);
    return WriteStatus::kOk;
}

}  // namespace xcairo
