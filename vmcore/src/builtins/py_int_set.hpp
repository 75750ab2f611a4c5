#pragma once
// The iteration order of a CPython 3.11 set of small non-negative ints (hash(v) == v): cairo-lang
// lists the missing cells of a builtin segment in the order of `expected_offsets - offsets`.
#include <cstdint>
#include <vector>

namespace xcairo {

class PyIntSet {
public:
    /// set.add(v), with CPython's probing and resizing. Precondition: v < 2^61.
    void add(uint64_t v);
    /// The elements in iteration (table) order.
    std::vector<uint64_t> items() const;

private:
    static constexpr uint64_t kEmpty = UINT64_MAX;
    /// The free slot for v by CPython's probe sequence, or the slot holding v.
    uint64_t find_slot(uint64_t v) const;
    void resize(uint64_t min_used);

    std::vector<uint64_t> m_table = std::vector<uint64_t>(8, kEmpty);  // PySet_MINSIZE
    uint64_t m_used = 0;
};

}  // namespace xcairo
