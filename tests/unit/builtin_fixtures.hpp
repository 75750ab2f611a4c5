#pragma once
// A builtin runner over segment 3 of a fresh memory (the index cairo-run gives the first builtin
// after output), and the cells of builtin_rule_vectors.hpp.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "builtin_rule_vectors.hpp"
#include "builtins/builtin_runner.hpp"
#include "curve_fixtures.hpp"

namespace xcairo::test {

using BuiltinFactory = std::unique_ptr<BuiltinRunner> (*)(Relocatable);

/// What one call of a deduction rule gave.
struct Deduction {
    bool ok = true;
    std::optional<MaybeRelocatable> value;
    std::string error;
};

struct BuiltinSegment {
    Memory memory;
    Relocatable base;
    std::unique_ptr<BuiltinRunner> runner;

    explicit BuiltinSegment(BuiltinFactory make) {
        for (int i = 0; i < 3; ++i) memory.add_segment();
        base = memory.add_segment();
        runner = make(base);
    }

    void put(uint64_t offset, const MaybeRelocatable& value) {
        ASSERT_EQ(memory.insert(base + offset, value), Memory::WriteStatus::kOk);
    }
    void put(const builtin_rule_vectors::CellText& cell) {
        if (cell.segment >= 0) {
            put(cell.offset, Relocatable{cell.segment, cell.rel_offset});
        } else {
            put(cell.offset, curve_fixtures::felt(cell.felt));
        }
    }
    Deduction deduce(uint64_t offset) const {
        Deduction d;
        d.ok = runner->deduce(memory, base + offset, d.value, d.error);
        return d;
    }
};

inline MaybeRelocatable felt_value(uint64_t v) { return Felt::from_u64(v); }

}  // namespace xcairo::test
