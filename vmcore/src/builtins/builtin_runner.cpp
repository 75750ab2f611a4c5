#include "builtin_runner.hpp"

#include <utility>
#include <vector>

#include "../value_ops.hpp"

namespace xcairo {

std::unique_ptr<BuiltinRunner> make_builtin_runner(const std::string& name, Relocatable base) {
    using Factory = std::unique_ptr<BuiltinRunner> (*)(Relocatable);
    static const std::pair<const char*, Factory> kFactories[] = {
        {"range_check", make_range_check_runner},
        {"bitwise", make_bitwise_runner},
    };
    for (const auto& [builtin, factory] : kFactories) {
        if (name == builtin) return factory(base);
    }
    return nullptr;
}

std::string BuiltinRunner::validate(const Relocatable&, const MaybeRelocatable&) const { return {}; }

bool BuiltinRunner::deduce(const Memory&, const Relocatable&, std::optional<MaybeRelocatable>&,
                           std::string&) const {
    return true;
}

std::string BuiltinRunner::verify_auto_deductions(const Memory& memory) const {
    // Every cell present, in cairo-lang's order of insertion.
    for (const WriteRun& run : memory.write_order()) {
        if (run.start.segment != m_base.segment) continue;
        for (uint64_t i = 0; i < run.count; ++i) {
            const Relocatable addr{run.start.segment, run.start.offset + i};
            std::optional<MaybeRelocatable> value;
            std::string error;
            if (!deduce(memory, addr, value, error)) return error;
            if (!value) continue;
            const std::optional<MaybeRelocatable> current = memory.get(addr);
            if (current && !(*current == *value)) {
                return "Inconsistent auto deduction rule at address " + value_text(addr) + ". " +
                       value_text(*current) + " != " + value_text(*value) + ".";
            }
        }
    }
    return {};
}

std::string BuiltinRunner::security_check(const Memory& memory) const {
    const uint64_t size = memory.segment_used_size(m_base.segment);
    std::vector<bool> present(size, false);
    uint64_t count = 0;
    for (uint64_t i = 0; i < size; ++i) {
        present[i] = memory.find({m_base.segment, i}) != nullptr;
        count += present[i];
    }
    // n = max(offsets) // cells_per_instance + 1; the largest offset is size - 1.
    const uint64_t n = count > 0 ? (size - 1) / m_cells_per_instance + 1 : 0;
    if (n > count / m_n_input_cells) return "Missing memory cells for " + m_name + ".";
    std::string missing;
    size_t listed = 0;
    bool more = false;
    for (uint64_t i = 0; i < n; ++i) {
        for (uint64_t j = 0; j < m_n_input_cells; ++j) {
            const uint64_t offset = m_cells_per_instance * i + j;
            if (offset < size && present[offset]) continue;
            if (listed == 20) {
                more = true;
                continue;
            }
            missing += (listed++ ? ", " : "") + std::to_string(offset);
        }
    }
    if (listed > 0) {
        return "Missing memory cells for " + m_name + ": " + missing + (more ? "..." : ".");
    }
    return {};
}

}  // namespace xcairo
