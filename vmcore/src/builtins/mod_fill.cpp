// fill_mod_builtin_memory: cairo-lang's ModBuiltinRunner.fill_memory (the run_mod_p_circuit hint),
// with its order of reads and writes and its errors (a conflicting write and fill_memory's own
// Exception with the Python frames cairo-run prints).
#include <string>

#include "mod_builtin.hpp"
#include "mod_values.hpp"

namespace xcairo {

using namespace mod_values;

namespace {

using Wide = BigUint<13>;

enum class FillResult { kSuccess, kMissingOperand, kZeroDivisor };

[[noreturn]] void zero_division(bool floor_division) {
    throw UncaughtError("ZeroDivisionError", floor_division ? "integer division or modulo by zero"
                                                            : "integer modulo by zero");
}

constexpr const char* kRunnerFile = "starkware/cairo/lang/builtins/modulo/mod_builtin_runner.py";

/// A frame of mod_builtin_runner.py; `marked`, the part of `source` Python 3.11 marks as failing:
/// all '^' for a call, '~' under the value and '^' under the brackets for a subscript
/// ("memory[...]"); none when empty (the whole line fails).
HintFrame runner_frame(int64_t line, const char* function, std::string source,
                       std::string_view marked = {}) {
    std::string marker;
    const size_t at = source.find(marked);
    if (!marked.empty() && at != std::string::npos) {
        const size_t value = marked.back() == ']' ? marked.find('[') : 0;
        marker = std::string(at, ' ') + std::string(value, '~') +
                 std::string(marked.size() - value, '^');
    }
    return {kRunnerFile, line, function, std::move(source), std::move(marker)};
}

/// The frame of a store `memory[...] = ...` at `line` of mod_builtin_runner.py.
HintFrame store_frame(int64_t line, const char* function, const std::string& source) {
    const std::string_view target = std::string_view(source).substr(0, source.find("] =") + 1);
    return runner_frame(line, function, source, target);
}

/// Runs f; a ModFillFailure from it gets `caller` (the Python line of the call) as its outermost
/// frame, as the exception passes through that line.
template <class F>
decltype(auto) called_at(const HintFrame& caller, F&& f) {
    try {
        return f();
    } catch (ModFillFailure& failure) {
        failure.frames.insert(failure.frames.begin(), caller);
        throw;
    }
}

/// memory[addr] = value: InconsistentMemoryError when the cell holds another value, raised where
/// cairo-lang's ValidatedMemoryDict and MemoryDict raise it.
void write(Memory& memory, const Relocatable& addr, const MaybeRelocatable& value) {
    const std::optional<MaybeRelocatable> current = memory.get(addr);
    switch (memory.insert(addr, value)) {
        case Memory::WriteStatus::kOk:
            return;
        case Memory::WriteStatus::kInconsistent:
            throw ModFillFailure(
                "starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError",
                "Inconsistent memory assignment at address " + value_text(addr) + ". " +
                    value_text(*current) + " != " + value_text(value) + ".",
                {{"starkware/cairo/lang/vm/validated_memory_dict.py", 32, "__setitem__",
                  "self.__memory[addr] = value", "~~~~~~~~~~~~~^^^^^^"},
                 {"starkware/cairo/lang/vm/memory_dict.py", 206, "__setitem__",
                  "self.verify_same_value(addr, current, value)"},
                 {"starkware/cairo/lang/vm/memory_dict.py", 214, "verify_same_value",
                  "raise InconsistentMemoryError(addr, current, value)"}});
        default:
            throw Error("xcairo: cannot write the mod builtin value at " + value_text(addr) + ".");
    }
}

/// write_n_words_value.
void write_value(Memory& memory, const Relocatable& addr, const U384& value) {
    static const HintFrame store =
        store_frame(482, "write_n_words_value", "memory[addr + i] = word");
    const auto words = to_words(value);
    for (uint32_t i = 0; i < words.size(); ++i)
        called_at(store, [&] { write(memory, addr + i, words[i]); });
}

/// gcd(known, p) and, when it is 1, the inverse of known modulo p (p >= 1): Euclid's algorithm
/// on magnitudes with signs, its coefficients staying below p.
U384 gcd_and_inverse(const U384& known, const U384& p, U384& inverse) {
    struct Signed {
        U384 mag;
        bool neg = false;
    };
    U384 r0 = known % p;
    U384 r1 = p;
    Signed s0{U384::from_u64(1)};
    Signed s1{};
    while (!r1.is_zero()) {
        U384 q, r;
        div_mod(r0, r1, q, r);
        const U384 t = U384::from(mul(q, s1.mag));
        Signed next;
        if (s0.neg != s1.neg) {
            next = {s0.mag + t, s0.neg};
        } else if (t <= s0.mag) {
            next = {s0.mag - t, s0.neg};
        } else {
            next = {t - s0.mag, !s0.neg};
        }
        r0 = r1;
        r1 = r;
        s0 = s1;
        s1 = next;
    }
    const U384 mag = s0.mag % p;
    inverse = s0.neg && !mag.is_zero() ? p - mag : mag;
    return r0;
}

/// calc_operand: the smallest x with op(x, known) = res + k * p, k < k_bound.
FillResult calc_operand(const ModBuiltinRunner& builtin, const U384& known, const U384& res,
                        const U384& p, U384& value) {
    if (builtin.op() == ModBuiltinRunner::Op::kAdd) {
        if (Wide::from(res) + Wide::from(p) < Wide::from(known)) {
            throw AssertionFailure(
                "add_mod builtin: addend greater than sum + p: " + known.to_dec() + " > " +
                res.to_dec() + " + " + p.to_dec() + ".");
        }
        value = known <= res ? res - known
                             : U384::from(Wide::from(res) + Wide::from(p) - Wide::from(known));
        return FillResult::kSuccess;
    }
    if (p.is_zero()) {
        // igcdex(known, 0) = (1, 0, known): the nullifier 0 // known, or (res * 1) % 0 for known 1.
        if (known.is_zero()) zero_division(true);
        if (known == U384::from_u64(1)) zero_division(false);
        value = U384();
        return FillResult::kZeroDivisor;
    }
    U384 inverse;
    const U384 gcd = gcd_and_inverse(known, p, inverse);
    if (!(gcd == U384::from_u64(1))) {
        value = p / gcd;  // nullifier * known = 0 (mod p)
        return FillResult::kZeroDivisor;
    }
    const Wide wide_p = Wide::from(p);
    const Wide tmp_val = Wide::from(mul(res, inverse)) % wide_p;
    const Wide product = Wide::from(mul(known, U384::from(tmp_val)));
    const Wide wide_res = Wide::from(res);
    // k = (known * tmp_val - res) / p < p * 2^384 / p: always below k_bound.
    if (wide_res <= product) {
        value = U384::from(tmp_val);
        return FillResult::kSuccess;
    }
    if (known.is_zero()) zero_division(true);
    const Wide minus_k = (wide_res - product) / wide_p;
    const Wide wide_known = Wide::from(known);
    const U384 multiple = U384::from((wide_known - Wide::from_u64(1) + minus_k) / wide_known);
    value = U384::from(tmp_val + Wide::from(mul(p, multiple)));
    return FillResult::kSuccess;
}

/// One builtin's instance data for filling values (InstanceData).
struct Instance {
    const ModBuiltinRunner* builtin;
    Relocatable values_ptr;
    Relocatable offsets_ptr;
    U384 p;
};

/// fill_value: computes the one missing value of operation `index`, if exactly one is missing.
FillResult fill_value(Memory& memory, const Instance& instance, uint64_t index) {
    const ModBuiltinRunner& builtin = *instance.builtin;
    std::array<Felt, 3> offsets;
    for (uint32_t k = 0; k < 3; ++k) {
        const MaybeRelocatable offset = get(memory, instance.offsets_ptr + (3 * index + k));
        if (offset.is_relocatable()) {
            throw AssertionFailure(
                "Cannot add two relocatable values: " + value_text(instance.values_ptr) + " + " +
                value_text(offset) + ".");
        }
        offsets[k] = offset.felt();
    }
    std::array<std::optional<U384>, 3> values;
    std::array<std::optional<Relocatable>, 3> addresses;
    for (uint32_t k = 0; k < 3; ++k) {
        addresses[k] = shifted(instance.values_ptr, offsets[k], 0);
        if (addresses[k]) values[k] = ModBuiltinRunner::read_value(memory, *addresses[k]);
    }
    const auto& [a, b, c] = values;
    if (a && b && c) return FillResult::kSuccess;
    const U384& p = instance.p;
    const auto write_at = [&](uint32_t k, const U384& value) {
        if (!addresses[k]) {
            throw Error("xcairo: the " + builtin.name() + " value address " +
                        shifted_text(instance.values_ptr, offsets[k], 0) + " is out of range.");
        }
        // c is written on one line of fill_value, a deduced operand on another.
        static const HintFrame c_call = runner_frame(
            529, "fill_value", "builtin.write_n_words_value(memory, addresses[2], value)");
        static const HintFrame operand_call = runner_frame(
            542, "fill_value", "builtin.write_n_words_value(memory, addresses[ind], value)");
        called_at(k == 2 ? c_call : operand_call,
                  [&] { write_value(memory, *addresses[k], value); });
    };
    if (!c && a && b) {
        const Wide result = builtin.apply(*a, *b);
        const Wide k_bound_p = builtin.k_bound_times(p);
        const Wide k_max_p = k_bound_p - Wide::from(p);  // (k_bound - 1) * p
        const Wide int_max = Wide::from(U384() - U384::from_u64(1));
        if (k_max_p + int_max < result) {
            const std::string k_max =
                builtin.op() == ModBuiltinRunner::Op::kAdd ? "1" : int_max.to_dec();
            throw AssertionFailure(builtin.name() + " builtin: Expected a " + builtin.op_text() +
                                   " b - " + k_max + " * p <= " + int_max.to_dec() +
                                   ". Got: values=[" + a->to_dec() + ", " + b->to_dec() +
                                   ", None], p=" + p.to_dec() + ".");
        }
        write_at(2, U384::from(result < k_bound_p ? result % Wide::from(p) : result - k_max_p));
        return FillResult::kSuccess;
    }
    U384 value;
    if (!b && a && c) {
        const FillResult res = calc_operand(builtin, *a, *c, p, value);
        write_at(1, value);
        return res;
    }
    if (!a && b && c) {
        const FillResult res = calc_operand(builtin, *b, *c, p, value);
        write_at(0, value);
        return res;
    }
    return FillResult::kMissingOperand;
}

/// n as an operation count: n <= MAX_N, else "<name> builtin: n must be <= 100000".
uint64_t checked_n(const ModBuiltinRunner& builtin, const Felt& n) {
    const std::optional<uint64_t> small = n.to_u64();
    if (!small || *small > ModBuiltinRunner::kMaxN) {
        throw AssertionFailure(builtin.name() +
                               " builtin: n must be <= " + std::to_string(ModBuiltinRunner::kMaxN));
    }
    return *small;
}

/// fill_inputs: the instances after the first, from the first's inputs.
void fill_inputs(Memory& memory, const ModBuiltinRunner& builtin, const Relocatable& ptr,
                 const ModBuiltinRunner::Inputs& inputs) {
    const uint64_t n = checked_n(builtin, *inputs.n);
    const uint64_t batch = builtin.batch_size();
    if (n % batch != 0) {
        throw AssertionFailure(std::to_string(n) + " is not divisible by " + std::to_string(batch) +
                               ".");
    }
    static const HintFrame p_store =
        store_frame(454, "fill_inputs",
                    R"(memory[instance_ptr + INPUT_NAMES.index(f"p{i}")] = inputs[f"p{i}"])");
    static const HintFrame values_store = store_frame(
        455, "fill_inputs",
        R"(memory[instance_ptr + INPUT_NAMES.index("values_ptr")] = inputs["values_ptr"])");
    static const HintFrame offsets_store = store_frame(
        456, "fill_inputs", R"(memory[instance_ptr + INPUT_NAMES.index("offsets_ptr")] = ()");
    static const HintFrame n_store =
        store_frame(459, "fill_inputs", R"(memory[instance_ptr + INPUT_NAMES.index("n")] = ()");
    const auto store = [&](const HintFrame& frame, const Relocatable& addr,
                           const MaybeRelocatable& value) {
        called_at(frame, [&] { write(memory, addr, value); });
    };
    for (uint64_t instance = 1; instance < n / batch; ++instance) {
        const Relocatable at = ptr + instance * ModBuiltinRunner::kInputCells;
        for (uint32_t i = 0; i < ModBuiltinRunner::kNWords; ++i)
            store(p_store, at + i, inputs.p_words[i]);
        store(values_store, at + kValuesPtr, inputs.values_ptr);
        store(offsets_store, at + kOffsetsPtr, inputs.offsets_ptr + 3 * instance * batch);
        store(n_store, at + kN, Felt::from_u64(n - instance * batch));
    }
}

/// fill_offsets: copies the first operation's offsets n_copies times from operation `index`.
void fill_offsets(Memory& memory, const Relocatable& offsets_ptr, uint64_t index,
                  uint64_t n_copies) {
    std::array<MaybeRelocatable, 3> first;
    for (uint32_t j = 0; j < 3; ++j) first[j] = get(memory, offsets_ptr + j);
    static const HintFrame store = store_frame(
        471, "fill_offsets", R"(memory[inputs["offsets_ptr"] + 3 * (index + i) + j] = offsets[s])");
    for (uint64_t i = 0; i < n_copies; ++i) {
        for (uint32_t j = 0; j < 3; ++j)
            called_at(store, [&] { write(memory, offsets_ptr + (3 * (index + i) + j), first[j]); });
    }
}

/// A frame of fill_memory itself.
HintFrame fill_memory_frame(int64_t line, std::string source, std::string_view marked = {}) {
    return runner_frame(line, "fill_memory", std::move(source), marked);
}

Instance instance_of(const ModBuiltinRunner& builtin, const ModBuiltinRunner::Inputs& inputs) {
    return {&builtin, inputs.values_ptr, inputs.offsets_ptr, inputs.p};
}

}  // namespace

void fill_mod_builtin_memory(Memory& memory, const std::optional<ModFill>& add_request,
                             const std::optional<ModFill>& mul_request) {
    // Both builtins have n_words = 4 and word_bit_len = 96 (batch_size() checks it).
    const std::optional<ModFill> add =
        add_request && !add_request->n.is_zero() ? add_request : std::nullopt;
    const std::optional<ModFill> mul =
        mul_request && !mul_request->n.is_zero() ? mul_request : std::nullopt;
    for (const auto* request : {&add, &mul}) {
        if (*request && (*request)->runner == nullptr)
            throw Error("xcairo: fill_mod_builtin_memory without a runner.");
    }
    if (add && add->runner->op() != ModBuiltinRunner::Op::kAdd)
        throw Error("xcairo: add_mod given a mul_mod runner.");
    if (mul && mul->runner->op() != ModBuiltinRunner::Op::kMul)
        throw Error("xcairo: mul_mod given an add_mod runner.");

    std::optional<Instance> add_instance;
    uint64_t add_n = 0;
    if (add) {
        add_n = checked_n(*add->runner, add->n);
        const ModBuiltinRunner::Inputs inputs = add->runner->read_inputs(memory, add->ptr);
        add_instance = instance_of(*add->runner, inputs);
        static const HintFrame fill_inputs_call =
            fill_memory_frame(366, "add_mod[1].fill_inputs(memory, add_mod[0], add_mod_inputs)");
        called_at(fill_inputs_call, [&] { fill_inputs(memory, *add->runner, add->ptr, inputs); });
        const uint64_t first_n = checked_n(*add->runner, *inputs.n);  // fill_inputs checked it
        called_at(fill_memory_frame(367, "add_mod[1].fill_offsets("), [&] {
            fill_offsets(memory, inputs.offsets_ptr, add_n, first_n > add_n ? first_n - add_n : 0);
        });
    }
    std::optional<ModBuiltinRunner::Inputs> mul_inputs;
    uint64_t mul_n = 0;
    if (mul) {
        mul_n = checked_n(*mul->runner, mul->n);
        // n is not read: the caller may leave it for this function to compute.
        mul_inputs = mul->runner->read_inputs(memory, mul->ptr, /*read_n=*/false);
    }
    if (!add && !mul) throw AssertionFailure("At least one of add_mod and mul_mod must be given.");

    uint64_t add_index = 0;
    uint64_t mul_index = 0;
    std::optional<uint64_t> n_computed_mul_gates;
    while (add_index < add_n || mul_index < mul_n) {
        static const HintFrame add_call = fill_memory_frame(
            402, "if add_mod_instance.fill_value(index=add_mod_index) == FillValueResult.Success:",
            "add_mod_instance.fill_value(index=add_mod_index)");
        static const HintFrame mul_call = fill_memory_frame(
            406, "gate_res = mul_mod_instance.fill_value(index=mul_mod_index)",
            "mul_mod_instance.fill_value(index=mul_mod_index)");
        if (add_index < add_n && called_at(add_call, [&] {
                return fill_value(memory, *add_instance, add_index);
            }) == FillResult::kSuccess) {
            ++add_index;
            continue;
        }
        if (mul_index >= mul_n) {
            // cairo-lang loops forever here.
            throw Error("xcairo: could not fill the values table (add_mod_index=" +
                        std::to_string(add_index) +
                        ", no mul_mod gate left): cairo-lang loops forever.");
        }
        const FillResult res = called_at(mul_call, [&] {
            return fill_value(memory, instance_of(*mul->runner, *mul_inputs), mul_index);
        });
        if (res == FillResult::kMissingOperand) {
            throw ModFillFailure("Exception",
                                 "Could not fill the values table, add_mod_index=" +
                                     std::to_string(add_index) +
                                     ", mul_mod_index=" + std::to_string(mul_index),
                                 {fill_memory_frame(408, "raise Exception(")});
        }
        if (res == FillResult::kZeroDivisor && !n_computed_mul_gates)
            n_computed_mul_gates = mul_index;
        ++mul_index;
    }
    if (!mul) return;
    const ModBuiltinRunner& runner = *mul->runner;
    const Relocatable n_ptr = mul->ptr + kN;
    Felt n;
    if (!n_computed_mul_gates) {
        const std::optional<MaybeRelocatable> written = memory.get(n_ptr);
        if (written && written->is_relocatable()) {
            throw Error("xcairo: the mul_mod n at " + value_text(n_ptr) + " is not an integer.");
        }
        n = written ? written->felt() : Felt::from_u64(mul_n);
        // fill_inputs checks n <= MAX_N after fill_offsets; checked first here so that a huge n
        // fails before writing its offsets.
        const uint64_t total = checked_n(runner, n);
        called_at(fill_memory_frame(425, "mul_mod[1].fill_offsets("), [&] {
            fill_offsets(memory, mul_inputs->offsets_ptr, mul_n, total > mul_n ? total - mul_n : 0);
        });
    } else {
        if (runner.batch_size() != 1) {
            throw AssertionFailure("Inverse failure is supported only at batch_size == 1.");
        }
        n = Felt::from_u64(*n_computed_mul_gates);
    }
    called_at(store_frame(433, "fill_memory", "memory[n_mul_mods_ptr] = n_computed_mul_gates"),
              [&] { write(memory, n_ptr, n); });
    mul_inputs->n = n;
    called_at(fill_memory_frame(435, "mul_mod[1].fill_inputs(memory, mul_mod_ptr, mul_mod_inputs)"),
              [&] { fill_inputs(memory, runner, mul->ptr, *mul_inputs); });
}

}  // namespace xcairo
