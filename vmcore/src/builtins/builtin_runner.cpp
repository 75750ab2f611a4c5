#include "builtin_runner.hpp"

#include <algorithm>
#include <bit>
#include <map>
#include <utility>
#include <vector>

#include "../value_ops.hpp"
#include "py_int_set.hpp"

namespace xcairo {

std::unique_ptr<BuiltinRunner> make_builtin_runner(const std::string& name, Relocatable base) {
    using Factory = std::unique_ptr<BuiltinRunner> (*)(Relocatable);
    static const std::pair<const char*, Factory> kFactories[] = {
        {"output", make_output_runner},
        {"pedersen", make_pedersen_runner},
        {"range_check", make_range_check_runner},
        {"ecdsa", make_ecdsa_runner},
        {"bitwise", make_bitwise_runner},
        {"ec_op", make_ec_op_runner},
        {"keccak", make_keccak_runner},
        {"poseidon", make_poseidon_runner},
        {"range_check96", make_range_check96_runner},
        {"add_mod", make_add_mod_runner},
        {"mul_mod", make_mul_mod_runner},
    };
    for (const auto& [builtin, factory] : kFactories) {
        if (name == builtin) return factory(base);
    }
    return nullptr;
}

namespace {

uint64_t div_ceil(uint64_t x, uint64_t y) { return (x + y - 1) / y; }

}  // namespace

uint64_t BuiltinRunner::used_cells(const Memory& memory) const {
    return memory.segment_used_size(m_base.segment);
}

uint64_t BuiltinRunner::used_instances(const Memory& memory) const {
    return div_ceil(used_cells(memory), m_cells_per_instance);
}

uint64_t BuiltinRunner::allocated_instances(const Memory& memory, uint64_t steps) const {
    const uint64_t per_component = m_def.instances_per_component;
    if (!m_def.ratio) {
        // The dynamic layout has the exact number of instances it needs (up to a power of 2).
        const uint64_t components = div_ceil(used_instances(memory), per_component);
        return components > 0 ? per_component * std::bit_ceil(components) : 0;
    }
    const uint64_t ratio = *m_def.ratio;
    if (ratio == 0) return 0;  // the builtin is not used
    const uint64_t den = m_def.ratio_den.value_or(1);
    const uint64_t min_steps = div_ceil(ratio * per_component, den);
    if (steps < min_steps) {
        throw InsufficientAllocatedCells("Number of steps must be at least " +
                                         std::to_string(min_steps) + " for the " + m_name +
                                         " builtin.");
    }
    // safe_div(steps * ratio_den, ratio).
    const uint64_t scaled = steps * den;
    if (scaled % ratio != 0) {
        throw AssertionFailure(std::to_string(scaled) + " is not divisible by " +
                               std::to_string(ratio) + ".");
    }
    return scaled / ratio;
}

uint64_t BuiltinRunner::allocated_memory_units(const Memory& memory, uint64_t steps) const {
    return (m_cells_per_instance + additional_memory_units_per_instance()) *
           allocated_instances(memory, steps);
}

std::pair<uint64_t, uint64_t> BuiltinRunner::used_cells_and_allocated_size(const Memory& memory,
                                                                           uint64_t steps) const {
    const uint64_t used = used_cells(memory);
    const uint64_t size = m_cells_per_instance * allocated_instances(memory, steps);
    if (used > size) {
        throw InsufficientAllocatedCells("The " + m_name + " builtin used " + std::to_string(used) +
                                         " cells but the capacity is " + std::to_string(size) + ".");
    }
    return {used, size};
}

std::string BuiltinRunner::air_private_input(const Memory& memory) const {
    if (used_cells(memory) == 0) return "[]";
    throw Error("xcairo: the AIR private input of the " + m_name + " builtin is not supported yet.");
}

std::string expected_integer_text(std::string_view builtin, const Relocatable& addr,
                                  const MaybeRelocatable& value, std::string_view separator) {
    std::string text(builtin);
    text += ": Expected integer at address " + value_text(addr) + ".";
    text += separator;
    return text + "Got: " + value_text(value) + ".";
}

std::string BuiltinRunner::input_cells_private_input(
    const Memory& memory, uint32_t n_inputs, const std::function<std::string(uint32_t)>& key,
    const std::function<std::string(uint32_t, uint64_t)>& missing) const {
    struct Instance {
        uint64_t index;
        std::vector<std::optional<Felt>> values;
        std::vector<uint32_t> order;
    };
    std::vector<Instance> instances;  // in the order of their first written input
    std::map<uint64_t, size_t> position;
    for (const WriteRun& run : memory.write_order()) {
        if (run.start.segment != m_base.segment) continue;
        for (uint64_t offset = run.start.offset; offset < run.start.offset + run.count; ++offset) {
            const auto slot = static_cast<uint32_t>(offset % m_cells_per_instance);
            if (slot >= n_inputs) continue;
            const MaybeRelocatable value = *memory.get({run.start.segment, offset});
            if (value.is_relocatable()) throw AssertionFailure("");  // assert isinstance(val, int)
            const auto [it, added] = position.try_emplace(offset / m_cells_per_instance, instances.size());
            if (added) instances.push_back({offset / m_cells_per_instance, std::vector<std::optional<Felt>>(n_inputs), {}});
            instances[it->second].values[slot] = value.felt();
            instances[it->second].order.push_back(slot);
        }
    }
    for (const Instance& instance : instances) {
        for (uint32_t i = 0; i < n_inputs; ++i) {
            if (!instance.values[i]) throw AssertionFailure(missing(i, instance.index));
        }
    }
    std::sort(instances.begin(), instances.end(),
              [](const Instance& a, const Instance& b) { return a.index < b.index; });
    std::string items;
    for (const Instance& instance : instances) {
        items += (items.empty() ? "{\"index\": " : ", {\"index\": ") + std::to_string(instance.index);
        for (const uint32_t slot : instance.order) {
            items += ", \"" + key(slot) + "\": \"" + instance.values[slot]->to_hex() + "\"";
        }
        items += "}";
    }
    return "[" + items + "]";
}

std::string missing_pair_input_text(std::string_view builtin, uint32_t slot, uint64_t instance) {
    return std::string(slot == 0 ? "Missing first" : "Missing second") + " input of " +
           std::string(builtin) + " instance " + std::to_string(instance) + ".";
}

std::string BuiltinRunner::validate(const Memory&, const Relocatable&,
                                    const MaybeRelocatable&) const {
    return {};
}

bool BuiltinRunner::deduce(const Memory&, const Relocatable&, std::optional<MaybeRelocatable>&,
                           std::string&) const {
    return true;
}

std::string inconsistent_deduction_text(const Relocatable& addr, const MaybeRelocatable& current,
                                        const std::string& value) {
    return "Inconsistent auto deduction rule at address " + value_text(addr) + ". " +
           value_text(current) + " != " + value + ".";
}

bool BuiltinRunner::verify_auto_deduction(const Memory& memory, const Relocatable& addr,
                                          std::string& error, bool& inconsistent) const {
    std::optional<MaybeRelocatable> value;
    if (!deduce(memory, addr, value, error)) return false;
    const Cell* current = value ? memory.find(addr) : nullptr;
    if (current == nullptr || current->value() == *value) return true;
    error = inconsistent_deduction_text(addr, current->value(), value_text(*value));
    inconsistent = true;
    return false;
}

std::string BuiltinRunner::verify_auto_deductions(const Memory& memory) const {
    // Every cell present, in cairo-lang's order of insertion.
    std::string error;
    bool inconsistent = false;
    for (const WriteRun& run : memory.write_order()) {
        if (run.start.segment != m_base.segment) continue;
        for (uint64_t i = 0; i < run.count; ++i) {
            if (!verify_auto_deduction(memory, run.start + i, error, inconsistent)) return error;
        }
    }
    return {};
}

std::optional<std::string> BuiltinRunner::security_check(const Memory& memory) const {
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
    bool any_missing = false;
    for (uint64_t i = 0; i < n && !any_missing; ++i) {
        for (uint64_t j = 0; j < m_n_input_cells; ++j) {
            const uint64_t offset = m_cells_per_instance * i + j;
            any_missing = any_missing || offset >= size || !present[offset];
        }
    }
    if (any_missing) {
        // list(expected_offsets - offsets)[:20], in the sets' iteration order.
        PyIntSet expected;
        for (uint64_t i = 0; i < n; ++i) {
            for (uint64_t j = 0; j < m_n_input_cells; ++j) expected.add(m_cells_per_instance * i + j);
        }
        PyIntSet missing;
        for (const uint64_t offset : expected.items()) {
            if (offset >= size || !present[offset]) missing.add(offset);
        }
        const std::vector<uint64_t> listed = missing.items();
        std::string text = "Missing memory cells for " + m_name + ": ";
        for (size_t k = 0; k < listed.size() && k < 20; ++k) {
            text += (k ? ", " : "") + std::to_string(listed[k]);
        }
        return text + (listed.size() > 20 ? "..." : ".");
    }
    // The rule on the output cells never written: its assertions (inputs) must hold.
    for (uint64_t i = 0; i < n; ++i) {
        for (uint64_t j = m_n_input_cells; j < m_cells_per_instance; ++j) {
            const uint64_t offset = m_cells_per_instance * i + j;
            if (offset < size && present[offset]) continue;
            std::optional<MaybeRelocatable> value;
            std::string error;
            if (!deduce(memory, {m_base.segment, offset}, value, error)) return error;
        }
    }
    return std::nullopt;
}

}  // namespace xcairo
