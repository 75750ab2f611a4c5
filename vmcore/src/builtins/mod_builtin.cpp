// The add_mod and mul_mod builtin runners: inputs, the final checks (run_security_checks), the
// memory they access and their AIR private input, with cairo-lang's texts.
#include "mod_builtin.hpp"

#include <algorithm>
#include <map>

#include "mod_values.hpp"

namespace xcairo {

using namespace mod_values;

namespace {

constexpr const char* kVarNames = "abc";

/// The memory variables of one operation (read_memory_vars).
struct MemoryVars {
    std::array<Felt, 3> offsets;
    std::array<U384, 3> values;
    std::array<std::array<Felt, ModBuiltinRunner::kNWords>, 3> words;

    std::string repr() const {
        std::string s = "{";
        for (size_t i = 0; i < 3; ++i) {
            const std::string v(1, kVarNames[i]);
            s += std::string(i ? ", " : "") + "'" + v + "_offset': " + offsets[i].to_dec() + ", '" +
                 v + "': " + values[i].to_dec();
            for (size_t d = 0; d < words[i].size(); ++d) {
                s += ", '" + v + std::to_string(d) + "': " + words[i][d].to_dec();
            }
        }
        return s + "}";
    }
};

MemoryVars read_memory_vars(const Memory& memory, const std::string& name,
                            const ModBuiltinRunner::Inputs& inputs, uint64_t index_in_batch) {
    MemoryVars vars;
    for (uint32_t i = 0; i < 3; ++i) {
        const MaybeRelocatable offset = get(memory, inputs.offsets_ptr + (i + 3 * index_in_batch));
        if (offset.is_relocatable()) {
            // cairo-lang names offsets_ptr + i, whatever the operation's index.
            throw AssertionFailure(
                expected_integer_text(name + " builtin", inputs.offsets_ptr + i, offset));
        }
        vars.offsets[i] = offset.felt();
        uint32_t read = 0;
        const std::optional<Relocatable> addr = shifted(inputs.values_ptr, offset.felt(), 0);
        const std::optional<U384> value =
            addr ? ModBuiltinRunner::read_value(memory, *addr, &read) : std::nullopt;
        if (!value) {
            throw AssertionFailure(name + " builtin: Missing value at address " +
                                   shifted_text(inputs.values_ptr, offset.felt(), read) + ".");
        }
        vars.values[i] = *value;
        vars.words[i] = to_words(*value);
    }
    return vars;
}

/// A bare Python assert: SecurityError with an empty text.
void require(bool condition) {
    if (!condition) throw AssertionFailure("");
}

}  // namespace

ModBuiltinRunner::ModBuiltinRunner(Op op, Relocatable base)
    : BuiltinRunner(op == Op::kAdd ? "add_mod" : "mul_mod", base, kInputCells, kInputCells),
      m_op(op) {}

uint64_t ModBuiltinRunner::batch_size() const {
    const BuiltinInstanceDef& def = instance_def();
    if (def.field_int("n_words") != kNWords || def.field_int("word_bit_len") != kWordBits) {
        throw Error(
            "xcairo: the " + name() +
            " builtin supports only n_words=4 and word_bit_len=96 (those of every layout).");
    }
    const uint64_t batch = def.field_int("batch_size");
    if (batch == 0) throw Error("xcairo: the " + name() + " builtin needs batch_size >= 1.");
    return batch;
}

const char* ModBuiltinRunner::op_text() const noexcept {
    return m_op == Op::kAdd ? "<built-in function add>" : "<built-in function mul>";
}

BigUint<13> ModBuiltinRunner::apply(const U384& a, const U384& b) const noexcept {
    if (m_op == Op::kMul) return BigUint<13>::from(mul(a, b));
    return BigUint<13>::from(a) + BigUint<13>::from(b);
}

BigUint<13> ModBuiltinRunner::k_bound_times(const U384& p) const noexcept {
    // 2 * p for add_mod, 2^384 * p for mul_mod.
    return BigUint<13>::from(p) << (m_op == Op::kAdd ? 1 : 384);
}

uint64_t ModBuiltinRunner::needed_allocated_zeros() const {
    return std::max<uint64_t>(kNWords, 3 * batch_size());
}

std::optional<U384> ModBuiltinRunner::read_value(const Memory& memory, const Relocatable& addr,
                                                 uint32_t* read) {
    std::array<Felt, kNWords> words;
    for (uint32_t i = 0; i < kNWords; ++i) {
        if (read) *read = i;
        const std::optional<MaybeRelocatable> word = memory.get(addr + i);
        if (!word) return std::nullopt;
        if (word->is_relocatable()) {
            throw AssertionFailure("Expected integer at address " + value_text(addr + i) +
                                   ". Got: " + value_text(*word) + ".");
        }
        const Felt::Limbs w = word->felt().canonical();
        if ((w[1] >> 32 | w[2] | w[3]) != 0) {
            throw AssertionFailure("Expected integer at address " + value_text(addr + i) +
                                   " to be smaller than 2^96. Got: " + word->felt().to_dec() + ".");
        }
        words[i] = word->felt();
    }
    if (read) *read = kNWords;
    return from_words(words);
}

ModBuiltinRunner::Inputs ModBuiltinRunner::read_inputs(const Memory& memory,
                                                       const Relocatable& addr, bool read_n) const {
    Inputs inputs;
    const auto pointer = [&](uint32_t index) {
        const MaybeRelocatable value = get(memory, addr + index);
        if (!value.is_relocatable()) {
            throw AssertionFailure(name() + " builtin: Expected RelocatableValue at address " +
                                   value_text(addr + index) + ". Got: " + value_text(value) + ".");
        }
        return value.relocatable();
    };
    inputs.values_ptr = pointer(kValuesPtr);
    inputs.offsets_ptr = pointer(kOffsetsPtr);
    if (read_n) {
        const MaybeRelocatable n = get(memory, addr + kN);
        if (n.is_relocatable()) {
            throw AssertionFailure(expected_integer_text(name() + " builtin", addr + kN, n));
        }
        if (n.felt().is_zero()) {
            throw AssertionFailure(name() + " builtin: Expected n >= 1. Got: 0.");
        }
        inputs.n = n.felt();
    }
    uint32_t read = 0;
    const std::optional<U384> p = read_value(memory, addr, &read);
    if (!p) {
        throw AssertionFailure(name() + " builtin: Missing value at address " +
                               value_text(addr + read) + ".");
    }
    inputs.p = *p;
    inputs.p_words = to_words(*p);
    return inputs;
}

std::string ModBuiltinRunner::Inputs::repr() const {
    std::string s = "{'values_ptr': " + MaybeRelocatable(values_ptr).to_repr() +
                    ", 'offsets_ptr': " + MaybeRelocatable(offsets_ptr).to_repr();
    if (n) s += ", 'n': " + n->to_dec();
    s += ", 'p': " + p.to_dec();
    for (size_t d = 0; d < p_words.size(); ++d) {
        s += ", 'p" + std::to_string(d) + "': " + p_words[d].to_dec();
    }
    return s + "}";
}

std::optional<std::string> ModBuiltinRunner::security_check(const Memory& memory) const {
    if (std::optional<std::string> error = BuiltinRunner::security_check(memory)) return error;
    try {
        check_instances(memory);
    } catch (const Error& e) {
        return std::string(e.what());  // verify_secure_runner reports str(exc)
    }
    return std::nullopt;
}

void ModBuiltinRunner::check_instances(const Memory& memory) const {
    const uint64_t batch = batch_size();
    const Felt batch_felt = Felt::from_u64(batch);
    const uint64_t n_instances = used_instances(memory);
    std::optional<Inputs> prev;
    for (uint64_t instance = 0; instance < n_instances; ++instance) {
        const Inputs inputs = read_inputs(memory, base() + instance * kInputCells);
        if (prev && prev->n->compare(batch_felt) > 0) {
            require(inputs.p_words == prev->p_words);
            require(inputs.values_ptr == prev->values_ptr);
            require(inputs.offsets_ptr == prev->offsets_ptr + 3 * batch);
            require(*inputs.n == *prev->n - batch_felt);
        }
        for (uint64_t index_in_batch = 0; index_in_batch < batch; ++index_in_batch) {
            const MemoryVars vars = read_memory_vars(memory, name(), inputs, index_in_batch);
            const auto got = [&] {
                return "Got: instance=" + std::to_string(instance) +
                       ", batch=" + std::to_string(index_in_batch) + ", inputs=" + inputs.repr() +
                       ", values=" + vars.repr() + ".";
            };
            if (inputs.p.is_zero())
                throw UncaughtError("ZeroDivisionError", "integer modulo by zero");
            const BigUint<13> result = apply(vars.values[0], vars.values[1]);
            const BigUint<13> c = BigUint<13>::from(vars.values[2]);
            // a op b = c (mod p) iff p divides |a op b - c|: one division.
            const bool below = result < c;
            const BigUint<13> diff = below ? c - result : result - c;
            if (!(diff % BigUint<13>::from(inputs.p)).is_zero()) {
                throw AssertionFailure(name() + " builtin: Expected a " + op_text() +
                                       " b == c (mod p). " + got());
            }
            if (below || !(diff < k_bound_times(inputs.p))) {
                const std::string k_max =
                    m_op == Op::kAdd ? "1" : (U384() - U384::from_u64(1)).to_dec();
                throw AssertionFailure(name() + " builtin: Expected (a " + op_text() +
                                       " b - c)/p to be in {0,1,...," + k_max + "} " + got());
            }
        }
        prev = inputs;
    }
    if (prev) require(*prev->n == batch_felt);
}

void ModBuiltinRunner::other_memory_accesses(
    const Memory& memory, uint64_t segment_size,
    const std::function<void(const Relocatable&)>& mark) const {
    const uint64_t batch = batch_size();
    for (uint64_t instance = 0; instance * kInputCells < segment_size; ++instance) {
        const Relocatable at = base() + instance * kInputCells;
        const MaybeRelocatable offsets_ptr = get(memory, at + kOffsetsPtr);
        const MaybeRelocatable values_ptr = get(memory, at + kValuesPtr);
        if (!offsets_ptr.is_relocatable() || !values_ptr.is_relocatable()) {
            throw Error("xcairo: the " + name() + " instance at " + value_text(at) +
                        " has an integer values_ptr or offsets_ptr (not supported).");
        }
        for (uint64_t i = 0; i < 3 * batch; ++i) {
            const Relocatable offset_addr = offsets_ptr.relocatable() + i;
            mark(offset_addr);
            const MaybeRelocatable offset = get(memory, offset_addr);
            const std::optional<Relocatable> value_addr =
                offset.is_relocatable() ? std::nullopt
                                        : shifted(values_ptr.relocatable(), offset.felt(), 0);
            if (!value_addr) {
                throw Error("xcairo: the " + name() + " offset at " + value_text(offset_addr) +
                            " is not a small integer (not supported).");
            }
            for (uint32_t j = 0; j < kNWords; ++j) mark(*value_addr + j);
        }
    }
}

std::vector<ModBuiltinRunner::InstanceInput> ModBuiltinRunner::private_input_instances(
    const Memory& memory) const {
    const uint64_t batch = batch_size();
    // The cells present, by instance (cairo-lang iterates the memory of the segment).
    std::map<uint64_t, std::array<std::optional<MaybeRelocatable>, kInputCells>> cells;
    for (uint64_t offset = 0; offset < used_cells(memory); ++offset) {
        const std::optional<MaybeRelocatable> value = memory.get(base() + offset);
        if (!value) continue;
        // Pointers may be relocatable, the other inputs not.
        const uint32_t type = offset % kInputCells;
        if (value->is_relocatable() && type != kValuesPtr && type != kOffsetsPtr) require(false);
        cells[offset / kInputCells][type] = *value;
    }
    // First the operations of every instance with an offsets table, then the inputs' presence.
    std::map<uint64_t, std::vector<BatchEntry>> batches;
    for (const auto& [index, inputs] : cells) {
        if (!inputs[kOffsetsPtr] || !inputs[kOffsetsPtr]->is_relocatable()) continue;
        require(inputs[kValuesPtr] && inputs[kValuesPtr]->is_relocatable());
        const Relocatable values_ptr = inputs[kValuesPtr]->relocatable();
        const Relocatable offsets_ptr = inputs[kOffsetsPtr]->relocatable();
        for (uint64_t b = 0; b < batch; ++b) {
            BatchEntry entry;
            for (uint32_t i = 0; i < 3; ++i) {
                const MaybeRelocatable offset = get(memory, offsets_ptr + (i + 3 * b));
                if (offset.is_relocatable()) {
                    throw AssertionFailure(
                        "Cannot add two relocatable values: " + value_text(values_ptr) + " + " +
                        value_text(offset) + ".");
                }
                const std::optional<Relocatable> value_addr = shifted(values_ptr, offset.felt(), 0);
                if (!value_addr) {
                    throw Error("xcairo: the " + name() + " offset at " +
                                value_text(offsets_ptr + (i + 3 * b)) + " is out of range.");
                }
                entry.offsets[i] = offset.felt();
                for (uint32_t d = 0; d < kNWords; ++d) {
                    const MaybeRelocatable word = get(memory, *value_addr + d);
                    if (word.is_relocatable()) {
                        throw UncaughtError(
                            "TypeError",
                            "'RelocatableValue' object cannot be interpreted as an integer");
                    }
                    entry.words[i][d] = word.felt();
                }
            }
            batches[index].push_back(entry);
        }
    }
    static const char* const kInputNames[] = {"p0",         "p1",          "p2", "p3",
                                              "values_ptr", "offsets_ptr", "n"};
    std::vector<InstanceInput> instances;
    for (const auto& [index, inputs] : cells) {
        for (uint32_t type = 0; type < kInputCells; ++type) {
            if (!inputs[type]) {
                throw AssertionFailure("Missing input '" + std::string(kInputNames[type]) +
                                       "' of " + name() + " instance " + std::to_string(index) +
                                       ".");
            }
        }
        if (batches.find(index) == batches.end()) {
            throw AssertionFailure("Missing memory variable 'a_offset' of " + name() +
                                   " instance " + std::to_string(index) + ", batch 0.");
        }
        InstanceInput instance;
        instance.index = index;
        for (uint32_t d = 0; d < kNWords; ++d) instance.p[d] = inputs[d]->felt();
        instance.values_ptr = inputs[kValuesPtr]->relocatable();
        instance.offsets_ptr = inputs[kOffsetsPtr]->relocatable();
        instance.n = inputs[kN]->felt();
        instance.batch = std::move(batches[index]);
        instances.push_back(std::move(instance));
    }
    return instances;
}

std::string ModBuiltinRunner::relocated_air_private_input(const Memory& memory,
                                                          const Relocator& relocate) const {
    std::string items;
    for (const InstanceInput& instance : private_input_instances(memory)) {
        std::string entry = "{\"index\": " + std::to_string(instance.index);
        for (uint32_t d = 0; d < kNWords; ++d) {
            entry += ", \"p" + std::to_string(d) + "\": \"" + instance.p[d].to_hex() + "\"";
        }
        entry += ", \"values_ptr\": " + std::to_string(relocate(instance.values_ptr)) +
                 ", \"offsets_ptr\": " + std::to_string(relocate(instance.offsets_ptr)) +
                 ", \"n\": " + instance.n.to_dec() + ", \"batch\": [";
        for (size_t b = 0; b < instance.batch.size(); ++b) {
            const BatchEntry& e = instance.batch[b];
            entry += b ? ", {" : "{";
            for (uint32_t i = 0; i < 3; ++i) {
                const std::string v(1, kVarNames[i]);
                entry +=
                    std::string(i ? ", " : "") + "\"" + v + "_offset\": " + e.offsets[i].to_dec();
                for (uint32_t d = 0; d < kNWords; ++d) {
                    entry +=
                        ", \"" + v + std::to_string(d) + "\": \"" + e.words[i][d].to_hex() + "\"";
                }
            }
            entry += "}";
        }
        items += (items.empty() ? "" : ", ") + entry + "]}";
    }
    if (!m_zeros) throw AssertionFailure("Uninitialized self.zero_value.");
    return "{\"instances\": [" + items +
           "], \"zero_value_address\": " + std::to_string(relocate(*m_zeros)) + "}";
}

std::unique_ptr<BuiltinRunner> make_add_mod_runner(Relocatable base) {
    return std::make_unique<ModBuiltinRunner>(ModBuiltinRunner::Op::kAdd, base);
}

std::unique_ptr<BuiltinRunner> make_mul_mod_runner(Relocatable base) {
    return std::make_unique<ModBuiltinRunner>(ModBuiltinRunner::Op::kMul, base);
}

}  // namespace xcairo
