#include "vmcore/machine.hpp"

#include <algorithm>

#include "value_ops.hpp"

namespace xcairo {
namespace {

// Steps run between two looks at the interrupt flag: long enough that the look costs nothing,
// short enough (well under a millisecond) that an interrupt is prompt.
constexpr uint64_t kInterruptChunk = 1 << 16;

// cairo-run's --debug_error catches VmException and AssertionError: xcairo's Error but not
// UncaughtError (nor anything outside Error).
bool debuggable(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const UncaughtError&) {
        return false;
    } catch (const Error&) {
        return true;
    } catch (...) {
        return false;
    }
}

std::string report_of(const std::exception_ptr& error, bool bare) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return bare ? e.what() : error_report(e);
    } catch (...) {
        return "Error: unknown exception";
    }
}

[[noreturn]] void throw_busy(bool on_this_thread) {
    throw MachineBusy(on_this_thread
                          ? "xcairo: the VM is already running: a hint of its run cannot step, run or replace it"
                          : "xcairo: the VM is already running in another thread");
}

}  // namespace

Machine::DriveGuard::DriveGuard(Machine& machine) : m_machine(machine) {
    const std::thread::id self = std::this_thread::get_id();
    std::thread::id driver;
    if (!machine.m_driver.compare_exchange_strong(driver, self, std::memory_order_acquire)) {
        throw_busy(driver == self);
    }
}

Machine::DriveGuard::~DriveGuard() {
    m_machine.m_driver.store(std::thread::id(), std::memory_order_release);
}

class Machine::Call {
public:
    explicit Call(Machine& machine) : m_machine(machine) {
        if (machine.m_driver.load(std::memory_order_acquire) != std::this_thread::get_id()) {
            m_guard.emplace(machine);
        } else if (machine.m_advancing) {
            throw_busy(true);  // a hint of this very call
        }
        machine.m_advancing = true;
    }
    ~Call() { m_machine.m_advancing = false; }
    Call(const Call&) = delete;
    Call& operator=(const Call&) = delete;

private:
    Machine& m_machine;
    std::optional<DriveGuard> m_guard;
};

bool Machine::driven_elsewhere() const noexcept {
    const std::thread::id driver = m_driver.load(std::memory_order_acquire);
    return driver != std::thread::id() && driver != std::this_thread::get_id();
}

void Machine::check_readable() const {
    if (driven_elsewhere()) throw MachineBusy("xcairo: the VM is running in another thread");
}

void Machine::check_idle() const {
    const std::thread::id driver = m_driver.load(std::memory_order_acquire);
    if (driver != std::thread::id()) throw_busy(driver == std::this_thread::get_id());
}

Machine::Machine(std::shared_ptr<const Program> program, RunnerConfig config, RunOptions options)
    : m_program(std::move(program)), m_options(options), m_runner(m_program, std::move(config)) {
    m_end = m_runner.initialize_main_entrypoint();
    if (m_options.no_end) m_phase = Phase::kExtraSteps;
}

Machine::~Machine() = default;

StopResult Machine::step(uint64_t n) {
    const Call call(*this);
    return advance(n, std::nullopt);
}

StopResult Machine::run(std::optional<uint64_t> max_steps) {
    const Call call(*this);
    return advance(max_steps, std::nullopt);
}

StopResult Machine::run_until_pc(const Relocatable& addr, std::optional<uint64_t> max_steps) {
    const Call call(*this);
    const uint64_t offset = program_offset(addr);
    const bool temporary = !m_runner.breakpoints().contains(offset);
    if (temporary) m_runner.set_breakpoint(offset, true);
    const StopResult result = advance(max_steps, addr);
    if (temporary) m_runner.set_breakpoint(offset, false);
    return result;
}

StopResult Machine::advance(std::optional<uint64_t> max_steps, const std::optional<Relocatable>& until) {
    if (m_state == MachineState::kFinished) return {StopCause::kEnd, 0};
    if (m_state == MachineState::kFailed) return {StopCause::kError, 0};
    m_state = MachineState::kPaused;
    const uint64_t start = current_step();
    std::optional<StopCause> cause;
    try {
        while (!cause) {
            const uint64_t done = current_step() - start;
            if (m_interrupt.exchange(false, std::memory_order_relaxed)) {
                cause = StopCause::kInterrupted;
                break;
            }
            const uint64_t budget = max_steps ? *max_steps - std::min(*max_steps, done) : UINT64_MAX;
            cause = advance_chunk(std::min(kInterruptChunk, budget), until);
            // Out of steps: stop, unless the run only has to move on to its next phase.
            if (!cause && max_steps && current_step() - start >= *max_steps && !at_phase_end()) {
                cause = StopCause::kSteps;
            }
        }
    } catch (...) {
        fail(std::current_exception());
        cause = m_state == MachineState::kFailed ? StopCause::kError : StopCause::kEnd;
    }
    return {*cause, current_step() - start};
}

std::optional<StopCause> Machine::advance_chunk(uint64_t budget, const std::optional<Relocatable>& until) {
    const PausePoints pauses{true, m_stop_before_hints};
    AdvanceStop stop;
    if (m_phase == Phase::kMain) {
        // In proof mode the step at __end__ runs after main's part, within --steps.
        const uint64_t reserved = m_runner.config().proof_mode ? 1 : 0;
        uint64_t limit = budget;
        if (m_options.steps) {
            const uint64_t main_steps = *m_options.steps - std::min(*m_options.steps, reserved);
            limit = std::min(limit, main_steps - std::min(main_steps, current_step()));
        }
        stop = m_runner.advance(m_end, limit, pauses);
        if (stop == AdvanceStop::kReachedPc) {
            m_phase = Phase::kEndStep;
            if (!reserved) end_main();
            return std::nullopt;
        }
        if (stop == AdvanceStop::kStepLimit && limit < budget) {
            m_runner.check_reached_pc(m_end);  // throws "End of program was not reached"
        }
    } else if (m_phase == Phase::kEndStep) {
        stop = m_runner.advance(std::nullopt, std::min<uint64_t>(budget, 1), pauses);
        if (stop == AdvanceStop::kStepLimit && budget > 0) end_main();
    } else {
        if (m_options.no_end && !m_options.steps) {
            throw AssertionFailure("--steps must be specified when running with --no-end.");
        }
        if (at_phase_end()) {
            finish();
            return StopCause::kEnd;
        }
        stop = m_runner.advance(std::nullopt, std::min(budget, extra_steps_target() - current_step()),
                                pauses);
    }
    switch (stop) {
        case AdvanceStop::kBreakpoint:
            return until && pc() == *until ? StopCause::kReachedPc : StopCause::kBreakpoint;
        case AdvanceStop::kBeforeHints: return StopCause::kBeforeHints;
        case AdvanceStop::kReachedPc:
        case AdvanceStop::kStepLimit: break;
    }
    return std::nullopt;
}

void Machine::end_main() {
    m_runner.mark_original_steps();
    m_phase = Phase::kExtraSteps;
}

uint64_t Machine::extra_steps_target() const {
    return std::max(m_options.min_steps.value_or(0), m_options.steps.value_or(0));
}

bool Machine::at_phase_end() const {
    if (m_phase == Phase::kMain) return pc() == m_end;
    return m_phase == Phase::kExtraSteps && current_step() >= extra_steps_target();
}

void Machine::finish() {
    m_runner.end_run(/*disable_trace_padding=*/m_options.steps.has_value());
    m_phase = Phase::kDone;
    end_checks();
}

void Machine::end_checks() {
    if (!m_options.no_end) m_runner.read_return_values();
    if (!m_options.no_end && m_runner.config().proof_mode) m_runner.finalize_segments();
    if (m_options.secure_run) m_runner.verify_secure_run();
    m_runner.relocate();
    m_state = MachineState::kFinished;
}

void Machine::fail(std::exception_ptr error) {
    if (m_options.debug_error && m_phase != Phase::kDone && debuggable(error)) {
        m_debug_error_text = report_of(error, true);
        m_phase = Phase::kDone;
        try {
            end_checks();
            return;
        } catch (...) {
            error = std::current_exception();
        }
    }
    m_error = error;
    m_error_text = report_of(error, false);
    m_state = MachineState::kFailed;
}

void Machine::rethrow_error() const {
    if (!m_error) throw Error("xcairo: the machine has not failed.");
    std::rethrow_exception(m_error);
}

std::unique_ptr<HintContext> Machine::pending_hint(size_t index) {
    if (m_state == MachineState::kFinished) throw Error("xcairo: the run has finished: no hint is pending.");
    return m_runner.hint_context(pc(), index);
}

uint64_t Machine::program_offset(const Relocatable& pc) const {
    const Relocatable base = m_runner.program_base();
    if (pc.segment != base.segment || pc.offset < base.offset ||
        pc.offset - base.offset >= m_program->data.size()) {
        throw Error("xcairo: " + value_text(pc) + " is not a pc of the program segment.");
    }
    return pc.offset - base.offset;
}

void Machine::add_breakpoint(const Relocatable& pc) { m_runner.set_breakpoint(program_offset(pc), true); }

void Machine::remove_breakpoint(const Relocatable& pc) {
    m_runner.set_breakpoint(program_offset(pc), false);
}

std::vector<Relocatable> Machine::breakpoints() const {
    std::vector<Relocatable> pcs;
    for (const uint64_t offset : m_runner.breakpoints()) pcs.push_back(m_runner.program_base() + offset);
    return pcs;
}

std::vector<std::optional<MaybeRelocatable>> Machine::output() const {
    std::vector<std::optional<MaybeRelocatable>> cells;
    const std::optional<Relocatable> base = m_runner.output_base();
    if (!base) return cells;
    const uint64_t size = memory().segment_used_size(base->segment);
    for (uint64_t i = base->offset; i < size; ++i) cells.push_back(memory().get({base->segment, i}));
    return cells;
}

}  // namespace xcairo
