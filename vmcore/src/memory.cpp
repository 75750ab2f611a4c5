#include "vmcore/memory.hpp"

#include "value_ops.hpp"
#include "vmcore/errors.hpp"

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

namespace {

size_t temp_index(int64_t segment) { return static_cast<size_t>(-(segment + 1)); }

}  // namespace

Relocatable Memory::relocated(const Relocatable& addr) const noexcept {
    if (addr.segment >= 0 || addr.is_integer()) return addr;
    const size_t t = temp_index(addr.segment);
    if (t >= m_rules.size() || !m_rules[t]) return addr;
    return *m_rules[t] + addr.offset;
}

Memory::RuleStatus Memory::add_relocation_rule(const Relocatable& src, const MaybeRelocatable& dest) {
    if (src.segment >= 0 || src.is_integer()) return RuleStatus::kSourceNotTemporary;
    if (src.offset != 0) return RuleStatus::kSourceOffsetNotZero;
    const size_t t = temp_index(src.segment);
    if (t < m_rules.size() && m_rules[t]) return RuleStatus::kSegmentHasRule;
    if (!dest.is_relocatable())
        throw Error("xcairo: memory.add_relocation_rule to an integer dest_ptr is not supported.");
    // Rules are kept resolved (cairo-lang follows them at each read; a rule never changes).
    const Relocatable target = relocated(dest.relocatable());
    if (target.segment == src.segment) {
        throw Error("xcairo: memory.add_relocation_rule: the rules would relocate segment " +
                    std::to_string(src.segment) + " into itself (cairo-lang recurses without end).");
    }
    if (t >= m_rules.size()) m_rules.resize(t + 1);
    m_rules[t] = target;
    m_has_rules = true;
    for (std::optional<Relocatable>& rule : m_rules) {
        if (rule) rule = relocated(*rule);
    }
    const auto relocate_cell = [&](Cell& cell) {
        if (!cell.is_set()) return;
        const MaybeRelocatable value = cell.value();
        if (value.is_relocatable() && value.relocatable().segment == src.segment)
            cell.set(MaybeRelocatable(target + value.relocatable().offset));
    };
    for (std::vector<CellSegment>* segments : {&m_segments, &m_temp_segments}) {
        for (CellSegment& segment : *segments) {
            for (size_t i = 0; i < segment.size(); ++i) relocate_cell(segment[i]);
        }
    }
    for (auto& [offset, cell] : m_integer_cells) relocate_cell(cell);
    return RuleStatus::kAdded;
}

std::string Memory::relocate_memory() {
    if (!m_has_rules) return "";
    Memory out;
    out.m_segments.resize(m_segments.size());
    out.m_temp_segments.resize(m_temp_segments.size());
    for (const WriteRun& run : m_write_order) {
        for (uint64_t i = 0; i < run.count; ++i) {
            const Relocatable from = run.start + i;
            const Relocatable to = relocated(from);
            const MaybeRelocatable value = relocated(*get(from));
            switch (out.insert(to, value)) {
                case WriteStatus::kOk: break;
                case WriteStatus::kInconsistent:
                    return "Inconsistent memory assignment at address " + value_text(to) + ". " +
                           value_text(*out.get(to)) + " != " + value_text(value) + ".";
                default:
                    throw Error("xcairo: relocate_memory cannot place the cell " + value_text(from) +
                                " at " + value_text(to) + ".");
            }
        }
    }
    out.m_rules = std::move(m_rules);
    out.m_has_rules = true;
    *this = std::move(out);
    return "";
}

}  // namespace xcairo
