#pragma once
// A builtin whose output cells are a function of its input cells (pedersen, poseidon, ec_op,
// keccak): cairo-lang's auto-deduction rule, with its cache of the instances already computed
// (an output is deduced once per instance; verify_auto_deductions compares against the cache).
#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "builtin_runner.hpp"

namespace xcairo {

template <uint32_t kCells, uint32_t kInputs>
class DeducingRunner : public BuiltinRunner {
public:
    static constexpr uint32_t kOutputs = kCells - kInputs;
    using Inputs = std::array<MaybeRelocatable, kInputs>;
    using Outputs = std::array<Felt, kOutputs>;

    DeducingRunner(std::string name, Relocatable base)
        : BuiltinRunner(std::move(name), base, kCells, kInputs) {}

    bool has_deduction_rule() const noexcept final { return true; }

    bool deduce(const Memory& memory, const Relocatable& addr,
                std::optional<MaybeRelocatable>& value, std::string& error) const final {
        const uint64_t index = addr.offset % kCells;
        if (index < kInputs) return true;
        const uint64_t instance = addr.offset / kCells;
        if (instance < m_cache.size() && m_cache[instance].known) {
            value = MaybeRelocatable(m_cache[instance].outputs[index - kInputs]);
            return true;
        }
        const Relocatable first{addr.segment, addr.offset - index};
        Inputs inputs;
        for (uint32_t i = 0; i < kInputs; ++i) {
            const Cell* cell = memory.find(first + i);
            if (cell == nullptr) return true;  // not every input is set yet
            inputs[i] = cell->value();
        }
        Outputs outputs;
        if (!compute(first, inputs, outputs, error)) return false;
        if (instance >= m_cache.size()) m_cache.resize(instance + 1);  // amortised growth
        m_cache[instance] = {outputs, true};
        value = MaybeRelocatable(outputs[index - kInputs]);
        return true;
    }

    /// cairo-lang's air_private_input: the inputs of every instance, by index; the keys of an
    /// instance in the order its cells were written.
    std::string air_private_input(const Memory& memory) const final {
        return input_cells_private_input(
            memory, kInputs, [this](uint32_t slot) { return input_key(slot); },
            [this](uint32_t slot, uint64_t instance) { return missing_input_text(slot, instance); });
    }

protected:
    /// The AIR private input's key of input cell `slot`.
    virtual std::string input_key(uint32_t slot) const = 0;
    /// cairo-lang's assertion text for an instance whose input `slot` is missing.
    virtual std::string missing_input_text(uint32_t slot, uint64_t instance) const = 0;

    /// The outputs of the instance whose first input cell is `first`, or false with cairo-lang's
    /// assertion text in `error`.
    virtual bool compute(const Relocatable& first, const Inputs& inputs, Outputs& outputs,
                         std::string& error) const = 0;

private:
    struct Entry {
        Outputs outputs;
        bool known = false;
    };
    mutable std::vector<Entry> m_cache;  ///< by instance index
};

}  // namespace xcairo
