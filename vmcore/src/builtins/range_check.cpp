// The range_check builtins: every cell of the segment holds an integer in [0, 2^bits): range_check
// (2^128) and range_check96 (2^96), cairo-lang's RangeCheckBuiltinRunner with 8 or 6 parts.
#include <algorithm>
#include <array>
#include <utility>

#include "builtin_runner.hpp"
#include "../value_ops.hpp"

namespace xcairo {
namespace {

class RangeCheckRunner final : public BuiltinRunner {
public:
    /// bound_bytes: the bound 2^(8 * bound_bytes); bound_text: its decimal text.
    RangeCheckRunner(std::string name, Relocatable base, size_t bound_bytes, const char* bound_text)
        : BuiltinRunner(std::move(name), base, 1, 1),
          m_bound_bytes(bound_bytes),
          m_bound_text(bound_text) {}

    bool has_validation_rule() const noexcept override { return true; }

    std::string validate(const Memory&, const Relocatable& addr,
                         const MaybeRelocatable& value) const override {
        if (value.is_relocatable()) {
            return "Range-check builtin: Expected value at address " + value_text(addr) +
                   " to be an integer. Got: " + value_text(value) + ".";
        }
        const std::array<uint8_t, 32> bytes = value.felt().to_bytes_le();
        bool in_range = true;
        for (size_t i = m_bound_bytes; i < bytes.size(); ++i) in_range = in_range && bytes[i] == 0;
        if (in_range) return {};
        return "Value " + value.felt().to_dec() + ", in range check builtin " +
               std::to_string(addr.offset - base().offset) + ", is out of range [0, " + m_bound_text +
               ").";
    }

    // Each value is n_parts range checks of 16 bits.
    std::optional<std::pair<uint64_t, uint64_t>> range_check_usage(const Memory& memory) const override {
        std::optional<std::pair<uint64_t, uint64_t>> limits;
        const uint64_t n_parts = instance_def().field_int("n_parts");
        for_each_value(memory, [&](uint64_t, const Felt& value) {
            const std::array<uint8_t, 32> bytes = value.to_bytes_le();
            for (uint64_t i = 0; i < n_parts; ++i) {
                const uint64_t part = i < 16 ? bytes[2 * i] | uint64_t{bytes[2 * i + 1]} << 8 : 0;
                if (!limits) limits.emplace(part, part);
                limits->first = std::min(limits->first, part);
                limits->second = std::max(limits->second, part);
            }
        });
        return limits;
    }

    uint64_t used_perm_range_check_units(const Memory& memory, uint64_t steps) const override {
        return used_cells_and_allocated_size(memory, steps).first * instance_def().field_int("n_parts");
    }

    std::string air_private_input(const Memory& memory) const override {
        std::string items;
        for_each_value(memory, [&](uint64_t offset, const Felt& value) {
            items += std::string(items.empty() ? "" : ", ") + "{\"index\": " +
                     std::to_string(offset) + ", \"value\": \"" + value.to_hex() + "\"}";
        });
        return "[" + items + "]";
    }

private:
    size_t m_bound_bytes;
    std::string m_bound_text;

    /// f(offset, value) for every cell of the segment, by offset (all integers, by the rule).
    template <typename F>
    void for_each_value(const Memory& memory, F&& f) const {
        for (uint64_t i = 0; i < used_cells(memory); ++i) {
            const std::optional<MaybeRelocatable> value = memory.get(base() + i);
            if (!value) continue;
            if (value->is_relocatable()) throw AssertionFailure("");
            f(i, value->felt());
        }
    }
};

}  // namespace

std::unique_ptr<BuiltinRunner> make_range_check_runner(Relocatable base) {
    return std::make_unique<RangeCheckRunner>("range_check", base, 16,
                                              "340282366920938463463374607431768211456");
}

std::unique_ptr<BuiltinRunner> make_range_check96_runner(Relocatable base) {
    return std::make_unique<RangeCheckRunner>("range_check96", base, 12,
                                              "79228162514264337593543950336");
}

}  // namespace xcairo
