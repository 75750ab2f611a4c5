// The Runner's hints: resolved at load, run before the instruction of their pc, failures reported
// as cairo-run reports a hint's exception.
#include "hints/hint_processor.hpp"
#include "hints/run_hint_context.hpp"
#include "value_ops.hpp"
#include "vm.hpp"
#include "vmcore/location_text.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {
void Runner::load_hints() {
    m_placed = {{m_program, m_program_base}};
    m_hints = std::make_unique<HintProcessor>(m_config.hint_executor.get(), m_config.native_hints);
    try {
        m_hints->load(*m_program, m_program_base);
    } catch (const HintFailure& failure) {
        throw hint_compile_error(failure, m_program_base);
    }
    for (const auto& [pc, hints] : m_program->hints) {
        if (!hints.empty()) m_vm->set_code_flag(pc, CodeEntry::kHasHints, true);
    }
    m_rule_context = std::make_unique<RunHintContext>(*this, m_memory, *m_vm, m_hints->scopes());
    m_vm->set_rule_context(m_rule_context.get());
}

VmError Runner::hint_compile_error(const HintFailure& failure, const Relocatable& base) const {
    // VirtualMachineBase.compile_hint: a VmException at the hint, without traceback.
    const CompiledHint& hint = *failure.hint;
    const InstructionLocation* location = hint.program->instruction_location(hint.pc);
    const Location* where = location ? &location->inst : nullptr;
    if (location && hint.index_at_pc < location->hints.size() && location->hints[hint.index_at_pc]) {
        where = &location->hints[hint.index_at_pc]->location;
    }
    const std::string pc = value_text(base + hint.pc);
    const std::string inner = "Got an exception while compiling a hint.";
    return VmError(location_error_text(*hint.program, "Error at pc=" + pc + ":\n" + inner, where, "",
                                       std::nullopt, {hint_exception_text(hint, failure.error)}),
                   pc, inner);
}

void Runner::load_program(std::shared_ptr<const Program> program, const Relocatable& base) {
    try {
        m_hints->load(*program, base);
    } catch (const HintFailure& failure) {
        // Raised by the hint that called vm_load_program, as cairo-lang raises it.
        const VmError error = hint_compile_error(failure, base);
        throw HintError("starkware.cairo.lang.vm.vm_exceptions.VmException", error.what());
    }
    m_vm->add_code(base, program->data.size());
    for (const auto& [pc, hints] : program->hints) {
        if (!hints.empty()) m_vm->flag_hint_pc(base + pc);
    }
    m_placed.push_back({std::move(program), base});
}

ExecScopes& Runner::exec_scopes() {
    if (!m_hints) throw Error("xcairo: the run has no execution scopes before it is initialized.");
    return m_hints->scopes();
}

std::unique_ptr<HintContext> Runner::hint_context(const Relocatable& pc, size_t index) {
    const std::shared_ptr<HintProcessor::Hints> hints = m_hints ? m_hints->hints_at(pc) : nullptr;
    const size_t count = hints ? hints->size() : 0;
    if (index >= count) {
        throw Error("xcairo: the instruction at " + value_text(pc) +
                    " has " + std::to_string(count) + " hint(s), not a hint " + std::to_string(index) + ".");
    }
    auto context = std::make_unique<RunHintContext>(*this, m_memory, *m_vm, m_hints->scopes());
    context->select((*hints)[index]);
    return context;
}

std::vector<HintExecutions> Runner::hint_executions() const {
    return m_hints ? m_hints->executions() : std::vector<HintExecutions>{};
}

void Runner::run_hints(std::vector<CompiledHint>& hints) {
    RunHintContext context(*this, m_memory, *m_vm, m_hints->scopes());
    for (CompiledHint& hint : hints) {
        context.select(hint);
        try {
            m_hints->run(hint, context);
        } catch (const HintFailure& failure) {
            const std::string inner = "Got an exception while executing a hint.";
            throw VmError(vm_error_text(inner, true, hint.index_at_pc,
                                        {hint_exception_text(hint, failure.error)}),
                          value_text(pc()), inner);
        } catch (const HintWithoutHandler&) {
            const std::string& code = hint.hint->code;
            const std::string inner =
                "xcairo has no native handler for this hint and was given no hint executor; the "
                "hint begins: " +
                code.substr(0, code.find('\n'));
            throw VmError(vm_error_text(inner, true, hint.index_at_pc), value_text(pc()), inner);
        }
    }
}

void Runner::check_exec_scopes() const {
    // VirtualMachineBase.end_run, after verify_auto_deductions.
    if (m_hints && m_hints->scopes().depth() != 1) {
        throw UncaughtError("starkware.cairo.lang.vm.vm_exceptions.VmExceptionBase",
                            "Every enter_scope() requires a corresponding exit_scope().");
    }
}

}  // namespace xcairo
