#include "vmcore/runner.hpp"

#include <algorithm>
#include <climits>

#include "builtins/builtin_runner.hpp"
#include "hints/hint_processor.hpp"
#include "value_ops.hpp"
#include "vm.hpp"

namespace xcairo {
namespace {

// cairo-lang's builtin_factories keys, in order: %builtins must be a subsequence of it.
const std::vector<std::string> kSupportedBuiltinOrder = {
    "output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op",
    "keccak", "poseidon", "range_check96", "add_mod", "mul_mod"};

std::string python_list(const std::vector<std::string>& items) {
    std::string s = "[";
    for (size_t i = 0; i < items.size(); ++i) s += (i ? ", '" : "'") + items[i] + "'";
    return s + "]";
}

bool is_subsequence(const std::vector<std::string>& sub, const std::vector<std::string>& seq) {
    size_t j = 0;
    for (const std::string& item : seq) {
        if (j < sub.size() && sub[j] == item) ++j;
    }
    return j == sub.size();
}

// A pc no run reaches: used as "no stop address".
constexpr Relocatable kNowhere{INT64_MIN, 0};

// Runner::m_pause_flags: what advance did at the current pc.
constexpr uint8_t kPausedAtBreakpoint = 1;
constexpr uint8_t kPausedBeforeHints = 2;
constexpr uint8_t kPassed = 4;  // pauses reported, hints run: the instruction may execute

}  // namespace

Runner::Runner(std::shared_ptr<const Program> program, RunnerConfig config)
    : m_program(std::move(program)), m_config(std::move(config)) {
    if (m_config.layout_def) {
        m_layout = *m_config.layout_def;
    } else if (const CairoLayout* layout = find_layout(m_config.layout)) {
        m_layout = *layout;
    } else {
        throw Error("xcairo: unknown layout \"" + m_config.layout + "\".");
    }
    const std::vector<std::string> layout = m_layout.builtin_names();
    if (!m_config.allow_missing_builtins) {
        std::vector<std::string> missing;
        for (const std::string& name : m_program->builtins) {
            if (std::find(layout.begin(), layout.end(), name) == layout.end() &&
                std::find(missing.begin(), missing.end(), name) == missing.end()) {
                missing.push_back(name);
            }
        }
        if (!missing.empty()) {
            std::string set = "{";
            for (size_t i = 0; i < missing.size(); ++i) set += (i ? ", '" : "'") + missing[i] + "'";
            throw AssertionFailure("Builtins " + set + "} are not present in layout \"" +
                                   m_layout.name + "\"");
        }
    }
    // A builtin of the layout that the program does not use runs as an empty segment (proof mode).
    for (const std::string& name : layout) {
        if (!included(name) && !m_config.proof_mode) continue;
        if (!make_builtin_runner(name, Relocatable{0, 0})) {
            throw Error("xcairo: the " + name + " builtin is not supported yet" +
                        (included(name) ? "." : " (proof mode runs every builtin of the layout)."));
        }
    }
    if (!is_subsequence(m_program->builtins, kSupportedBuiltinOrder)) {
        throw AssertionFailure(
            "The builtins specified by the %builtins directive must be subsequence of " +
            python_list(kSupportedBuiltinOrder) + ". Got " + python_list(m_program->builtins) + ".");
    }
}

Runner::~Runner() = default;

bool Runner::included(const std::string& builtin) const {
    const auto& builtins = m_program->builtins;
    return std::find(builtins.begin(), builtins.end(), builtin) != builtins.end();
}

BuiltinRunner* Runner::find_builtin_runner(const std::string& name) const {
    const auto it = std::find_if(m_builtins.begin(), m_builtins.end(),
                                 [&](const auto& b) { return b->name() == name; });
    return it == m_builtins.end() ? nullptr : it->get();
}

std::optional<Relocatable> Runner::output_base() const {
    const BuiltinRunner* output = find_builtin_runner("output");
    return output ? std::optional<Relocatable>(output->base()) : std::nullopt;
}

void Runner::create_builtin_runners() {
    // Builtin segments in layout order (output comes first in every layout).
    for (const std::string& name : m_layout.builtin_names()) {
        const bool used = included(name);
        if (!used && !m_config.proof_mode) continue;
        const Relocatable base = m_memory.add_segment();
        std::unique_ptr<BuiltinRunner> runner = make_builtin_runner(name, base);
        const BuiltinInstanceDef* def = m_layout.find_builtin(name);
        runner->configure(def ? *def : BuiltinInstanceDef{name, {}, {}, 1, 1, {}}, used);
        m_builtins.push_back(std::move(runner));
    }
}

Relocatable Runner::initialize_main_entrypoint() {
    m_program_base = m_memory.add_segment();
    m_execution_base = m_memory.add_segment();
    create_builtin_runners();
    std::vector<MaybeRelocatable> stack;
    for (const std::string& name : m_program->builtins) {
        if (const BuiltinRunner* runner = find_builtin_runner(name)) {
            stack.emplace_back(runner->base());
        } else {
            if (!m_config.allow_missing_builtins) throw AssertionFailure("Missing builtin.");
            stack.emplace_back(Felt());
        }
    }
    Relocatable entry;
    Relocatable end;
    if (m_config.proof_mode) {
        // The dummy last fp and pc, public so that the verifier can enforce [fp - 2] = fp.
        stack.insert(stack.begin(), {MaybeRelocatable(m_execution_base + 2), MaybeRelocatable(Felt())});
        for (uint64_t i = 0; i < stack.size(); ++i) m_execution_public_memory.push_back(i);
        const std::optional<uint64_t> end_label = m_program->label("__end__");
        if (!end_label) {
            throw UncaughtError("starkware.cairo.lang.compiler.identifier_manager.MissingIdentifierError",
                                "Unknown identifier '__end__'.");
        }
        entry = m_program_base + m_program->start();
        end = m_program_base + *end_label;
        m_final_pc = kNowhere;
    } else {
        const Relocatable return_fp = m_memory.add_segment();
        const std::optional<uint64_t> main = m_program->main();
        if (!main) throw AssertionFailure("Missing main().");
        m_final_pc = m_memory.add_segment();
        stack.emplace_back(return_fp);
        stack.emplace_back(m_final_pc);
        entry = m_program_base + *main;
        end = m_final_pc;
    }

    for (size_t i = 0; i < m_program->data.size(); ++i) {
        m_memory.insert(m_program_base + i, m_program->data[i]);
    }
    for (size_t i = 0; i < stack.size(); ++i) m_memory.insert(m_execution_base + i, stack[i]);
    // initialize_zero_segment: one segment of zeros for the builtins that need them.
    for (const auto& builtin : m_builtins) {
        const uint64_t zeros = builtin->needed_allocated_zeros();
        if (zeros == 0) continue;
        if (!m_zero_segment) m_zero_segment = m_memory.add_segment();
        for (uint64_t i = m_zero_segment_size; i < zeros; ++i) m_memory.insert(*m_zero_segment + i, Felt());
        m_zero_segment_size = std::max(m_zero_segment_size, zeros);
        builtin->set_allocated_zeros(*m_zero_segment);
    }

    const Relocatable frame = m_execution_base + (m_config.proof_mode ? 2 : stack.size());
    const Registers initial{entry, frame, frame};
    m_vm = std::make_unique<Vm>(m_memory, m_program_base, m_program->data.size(), initial,
                                m_final_pc, m_config.trace);
    for (const auto& builtin : m_builtins) {
        if (builtin->has_validation_rule()) m_vm->add_validation_rule(*builtin);
        if (builtin->has_deduction_rule()) m_vm->add_deduction_rule(*builtin);
    }
    load_hints();
    for (const uint64_t pc : m_breakpoints) m_vm->set_code_flag(pc, CodeEntry::kBreakpoint, true);
    return end;
}

BuiltinRunner* Runner::builtin_runner(const std::string& name) const noexcept {
    for (const auto& builtin : m_builtins) {
        if (builtin->name() == name) return builtin.get();
    }
    return nullptr;
}

Relocatable Runner::pc() const { return m_vm->registers().pc; }
Relocatable Runner::ap() const { return m_vm->registers().ap; }
Relocatable Runner::fp() const { return m_vm->registers().fp; }
uint64_t Runner::current_step() const { return m_vm ? m_vm->current_step() : 0; }

AdvanceStop Runner::advance(const std::optional<Relocatable>& stop, uint64_t max_steps,
                            PausePoints pauses) {
    const uint64_t target = max_steps > UINT64_MAX - current_step() ? UINT64_MAX
                                                                     : current_step() + max_steps;
    while (true) {
        const bool resume = m_pause_step == current_step() && (m_pause_flags & kPassed) != 0;
        switch (m_vm->run(stop.value_or(kNowhere), target - current_step(), resume)) {
            case StopReason::kReachedPc: return AdvanceStop::kReachedPc;
            case StopReason::kStepLimit: return AdvanceStop::kStepLimit;
            case StopReason::kError: throw_step_error();
            case StopReason::kBreakpoint:
            case StopReason::kHint: break;
        }
        if (m_pause_step != current_step()) {
            m_pause_step = current_step();
            m_pause_flags = 0;
        }
        // A breakpoint or hints at pc: pause at the breakpoint, then before the hints, then run
        // the hints and execute the instruction.
        const Relocatable at = pc();
        if (pauses.breakpoints && !(m_pause_flags & kPausedAtBreakpoint) &&
            at.segment == m_program_base.segment &&
            m_breakpoints.contains(at.offset - m_program_base.offset)) {
            m_pause_flags |= kPausedAtBreakpoint;
            return AdvanceStop::kBreakpoint;
        }
        // Held while they run: a hint may load a program over its own pc.
        const std::shared_ptr<HintProcessor::Hints> hints = m_hints->hints_at(at);
        const bool has_hints = hints && !hints->empty();
        if (has_hints && pauses.before_hints && !(m_pause_flags & kPausedBeforeHints)) {
            m_pause_flags |= kPausedBeforeHints;
            return AdvanceStop::kBeforeHints;
        }
        if (has_hints) run_hints(*hints);
        m_pause_flags |= kPassed;
    }
}

void Runner::write_memory(const Relocatable& addr, const MaybeRelocatable& value) {
    if (!m_vm->write(addr, value)) throw Error(m_vm->error().message);
}

Relocatable Runner::add_segment() { return m_memory.add_segment(); }
Relocatable Runner::add_temp_segment() { return m_memory.add_temp_segment(); }

void Runner::set_breakpoint(uint64_t program_offset, bool on) {
    if (on) {
        m_breakpoints.insert(program_offset);
    } else {
        m_breakpoints.erase(program_offset);
    }
    if (m_vm) m_vm->set_code_flag(program_offset, CodeEntry::kBreakpoint, on);
}

void Runner::run_until_pc(const Relocatable& addr, std::optional<uint64_t> max_steps) {
    advance(addr, max_steps.value_or(UINT64_MAX));
    check_reached_pc(addr);
}

void Runner::check_reached_pc(const Relocatable& addr) const {
    if (!(pc() == addr)) {
        const std::string inner = "Error: End of program was not reached";
        throw VmError(vm_error_text(inner, false), value_text(pc()), inner);
    }
}

void Runner::run_for_steps(uint64_t steps) { advance(std::nullopt, steps); }

void Runner::run_until_steps(uint64_t steps) {
    if (steps > current_step()) run_for_steps(steps - current_step());
}

void Runner::mark_original_steps() { m_original_steps = current_step(); }

void Runner::throw_step_error() {
    const StepError& e = m_vm->error();
    throw VmError(vm_error_text(e.message, e.with_traceback), value_text(pc()), e.message);
}

void Runner::read_return_values() {
    if (!m_run_ended) throw AssertionFailure("Run must be ended before calling read_return_values.");
    Relocatable pointer = ap();
    for (auto it = m_program->builtins.rbegin(); it != m_program->builtins.rend(); ++it) {
        pointer = offset_by(pointer, -1);
        const std::optional<MaybeRelocatable> value = m_memory.get(pointer);
        if (!value) {
            throw UncaughtError("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
                                "Unknown value for memory cell at address " + value_text(pointer) + ".");
        }
        if (BuiltinRunner* runner = find_builtin_runner(*it)) {
            const Relocatable expected =
                runner->base() + runner->used_instance_cells(runner->used_cells(m_memory));
            if (!(*value == MaybeRelocatable(expected))) {
                throw AssertionFailure("Invalid stop pointer for " + *it + ". Expected: " +
                                       expected.to_string() + ", found: " + value_text(*value));
            }
            runner->set_stop(expected);
        } else if (!(*value == MaybeRelocatable(Felt()))) {
            throw AssertionFailure("The stop pointer of the missing builtin \"" + *it +
                                   "\" must be 0.");
        }
    }
    if (m_segments_finalized) {
        throw AssertionFailure(
            "Cannot add the return values to the public memory after segment finalization.");
    }
    // The return values are public.
    for (uint64_t offset = pointer.offset; offset < ap().offset; ++offset) {
        m_execution_public_memory.push_back(offset - m_execution_base.offset);
    }
}

}  // namespace xcairo
