// setobject.c of CPython 3.11: set_add_entry, set_insert_clean and set_table_resize for a set
// without deletions (fill == used).
#include "py_int_set.hpp"

namespace xcairo {
namespace {

constexpr uint64_t kLinearProbes = 9;
constexpr unsigned kPerturbShift = 5;

}  // namespace

uint64_t PyIntSet::find_slot(uint64_t v) const {
    const uint64_t mask = m_table.size() - 1;
    uint64_t i = v & mask;
    uint64_t perturb = v;
    while (true) {
        // The slot, then up to kLinearProbes neighbours when they do not wrap around.
        const uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (uint64_t k = 0; k <= probes; ++k) {
            if (m_table[i + k] == kEmpty || m_table[i + k] == v) return i + k;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void PyIntSet::add(uint64_t v) {
    const uint64_t slot = find_slot(v);
    if (m_table[slot] == v) return;
    m_table[slot] = v;
    ++m_used;
    if (m_used * 5 >= (m_table.size() - 1) * 3) resize(m_used > 50000 ? m_used * 2 : m_used * 4);
}

void PyIntSet::resize(uint64_t min_used) {
    uint64_t size = 8;
    while (size <= min_used) size <<= 1;
    const std::vector<uint64_t> old = std::move(m_table);
    m_table.assign(size, kEmpty);
    for (const uint64_t v : old) {
        if (v != kEmpty) m_table[find_slot(v)] = v;  // set_insert_clean: the first free slot
    }
}

std::vector<uint64_t> PyIntSet::items() const {
    std::vector<uint64_t> out;
    out.reserve(m_used);
    for (const uint64_t v : m_table) {
        if (v != kEmpty) out.push_back(v);
    }
    return out;
}

}  // namespace xcairo
