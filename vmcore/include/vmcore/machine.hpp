#pragma once
// Machine: one VM driven interactively (step, run, breakpoints, interrupt), running the same
// sequence as cairo-run: main() to its end, the extra steps, then the end-of-run checks.
#include <atomic>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "vmcore/hint_executor.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {

/// cairo-run's flags that shape the run itself.
struct RunOptions {
    std::optional<uint64_t> steps;      ///< --steps: the step limit, and the steps to reach
    std::optional<uint64_t> min_steps;  ///< --min_steps
    bool no_end = false;                ///< --no_end: run --steps steps, not to main's end
    bool secure_run = true;             ///< --secure_run: verify_secure_runner at the end
    /// --debug_error: a failure while running is kept (debug_error()) and the end-of-run checks
    /// still run, as cairo-run does after printing "Got an error:".
    bool debug_error = false;
};

enum class MachineState : uint8_t {
    kNotStarted,  ///< initialized, no step run yet
    kPaused,      ///< stopped between steps; may go on
    kFinished,    ///< the run and its end-of-run checks are done, memory relocated
    kFailed,      ///< an error stopped the run (error()); the VM stays inspectable
};

/// Why a step / run call returned.
enum class StopCause : uint8_t {
    kSteps,        ///< the requested number of steps ran
    kBreakpoint,   ///< before the instruction at a breakpoint
    kReachedPc,    ///< run_until_pc's pc was reached
    kBeforeHints,  ///< before the hints of an instruction (when stop_before_hints is on)
    kEnd,          ///< the run finished (state kFinished)
    kError,        ///< the run failed (state kFailed)
    kInterrupted,  ///< request_interrupt() was honoured
};

struct StopResult {
    StopCause cause = StopCause::kSteps;
    uint64_t steps = 0;  ///< steps run by this call
};

/// A machine refused a caller: another thread drives it, or a hint of its own run tried to drive
/// it (the run would re-enter itself). Shown to Python as RuntimeError.
class MachineBusy : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Owns a Program and a Runner, initialized at construction (main's frame is inspectable
/// before the first step). Not thread-safe, except request_interrupt() and the drive guard: one
/// caller drives it at a time, and reads while another thread drives it race with the run.
class Machine {
public:
    /// The right to drive the machine (step, run, or replace it), held by one caller for a whole
    /// command that may span several step/run calls; a front end takes it before it lets other
    /// threads in (e.g. releases the GIL). A second driver gets MachineBusy: one on another
    /// thread, or one on the driving thread itself (only a hint of the run can be there).
    /// step/run/run_until_pc take it themselves when the caller does not hold it.
    class DriveGuard {
    public:
        explicit DriveGuard(Machine& machine);
        ~DriveGuard();
        DriveGuard(const DriveGuard&) = delete;
        DriveGuard& operator=(const DriveGuard&) = delete;

    private:
        Machine& m_machine;
    };

    /// Throws what Runner's constructor and initialize_main_entrypoint throw.
    Machine(std::shared_ptr<const Program> program, RunnerConfig config, RunOptions options = {});
    ~Machine();
    Machine(const Machine&) = delete;
    Machine& operator=(const Machine&) = delete;

    /// Runs up to n steps (fewer at a breakpoint, the end, an error or an interrupt).
    StopResult step(uint64_t n = 1);
    /// Runs to the end of the run and its checks, or until max_steps more steps have run.
    StopResult run(std::optional<uint64_t> max_steps = std::nullopt);
    /// Runs until pc == addr (an address in the program segment), or as run() stops.
    StopResult run_until_pc(const Relocatable& addr, std::optional<uint64_t> max_steps = std::nullopt);

    /// Stops the current (or the next) step/run call between two chunks of steps, from any
    /// thread; the call returns kInterrupted and the request is consumed.
    void request_interrupt() noexcept { m_interrupt.store(true, std::memory_order_relaxed); }
    void clear_interrupt() noexcept { m_interrupt.store(false, std::memory_order_relaxed); }

    /// Breakpoints by pc; the pc must be in the program segment (Error otherwise).
    void add_breakpoint(const Relocatable& pc);
    void remove_breakpoint(const Relocatable& pc);
    std::vector<Relocatable> breakpoints() const;
    /// Whether runs pause before running an instruction's hints.
    void set_stop_before_hints(bool on) noexcept { m_stop_before_hints = on; }

    /// Whether another thread drives the machine: reading it now would race with that run. The
    /// driving thread itself (a hint of the run, between steps) reads freely. A front end whose
    /// drivers take the guard under the lock its readers hold (the GIL) may check, then read.
    bool driven_elsewhere() const noexcept;
    /// MachineBusy when driven_elsewhere().
    void check_readable() const;
    /// MachineBusy when anyone drives the machine (what DriveGuard would throw).
    void check_idle() const;

    MachineState state() const noexcept { return m_state; }
    /// The error that failed the run (state kFailed), or null.
    std::exception_ptr error() const noexcept { return m_error; }
    /// The error as xcairo-run prints it ("" when none).
    const std::string& error_text() const noexcept { return m_error_text; }
    [[noreturn]] void rethrow_error() const;
    /// With RunOptions::debug_error: the failure kept while running ("" when none).
    const std::string& debug_error_text() const noexcept { return m_debug_error_text; }

    const Program& program() const noexcept { return *m_program; }
    const std::shared_ptr<const Program>& program_ptr() const noexcept { return m_program; }
    const Runner& runner() const noexcept { return m_runner; }
    Runner& runner() noexcept { return m_runner; }
    const Memory& memory() const noexcept { return m_runner.memory(); }
    Relocatable pc() const { return m_runner.pc(); }
    Relocatable ap() const { return m_runner.ap(); }
    Relocatable fp() const { return m_runner.fp(); }
    uint64_t current_step() const { return m_runner.current_step(); }
    /// The pc at which main() returns.
    Relocatable end_pc() const noexcept { return m_end; }
    /// The output builtin's cells so far (nullopt for a hole); empty without the builtin.
    std::vector<std::optional<MaybeRelocatable>> output() const;
    /// The trace so far, unrelocated.
    std::vector<TraceEntry> trace() const { return m_runner.trace(); }
    /// Hint `index` of the current pc as it will see the VM when it runs (paused: the hints of
    /// pc have not run yet), or as it saw it when it failed the run; valid until the next step.
    /// Error after the end of the run or without such a hint.
    std::unique_ptr<HintContext> pending_hint(size_t index = 0);

private:
    /// Where the run is: main() to its end (in proof mode, to __end__, then the step of its
    /// jump), the extra steps (--min_steps, --steps), done.
    enum class Phase : uint8_t { kMain, kEndStep, kExtraSteps, kDone };
    /// A step/run call: the drive guard (taken unless the caller holds it), no re-entry.
    class Call;

    StopResult advance(std::optional<uint64_t> max_steps, const std::optional<Relocatable>& until);
    /// Runs one chunk of the current phase; returns a cause when the call must stop.
    std::optional<StopCause> advance_chunk(uint64_t budget, const std::optional<Relocatable>& until);
    /// main() is over: mark_original_steps, on to the extra steps.
    void end_main();
    /// The steps the extra-steps phase runs to (--min_steps, --steps).
    uint64_t extra_steps_target() const;
    /// Whether the current phase is over (the next chunk moves on without a step).
    bool at_phase_end() const;
    /// end_run, then read_return_values, verify_secure_run and relocate.
    void finish();
    void end_checks();
    void fail(std::exception_ptr error);
    uint64_t program_offset(const Relocatable& pc) const;

    std::shared_ptr<const Program> m_program;
    RunOptions m_options;
    Runner m_runner;
    Relocatable m_end;
    Phase m_phase = Phase::kMain;
    MachineState m_state = MachineState::kNotStarted;
    bool m_stop_before_hints = false;
    std::atomic<bool> m_interrupt{false};
    /// The thread holding the DriveGuard (none: the default id).
    std::atomic<std::thread::id> m_driver{};
    /// Inside a step/run call (written by the driving thread only).
    bool m_advancing = false;
    std::exception_ptr m_error;
    std::string m_error_text;
    std::string m_debug_error_text;
};

}  // namespace xcairo
