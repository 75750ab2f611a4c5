#pragma once
// Runner: a run of a program's main(), phase by phase like cairo-lang's CairoRunner.
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "vmcore/errors.hpp"
#include "vmcore/memory.hpp"
#include "vmcore/program.hpp"

namespace xcairo {

class Vm;
class BuiltinRunner;
struct Registers;

struct RunnerConfig {
    std::string layout = "plain";
    bool proof_mode = false;
    bool allow_missing_builtins = false;
    bool trace = true;  ///< record the execution trace
};

/// One relocated trace entry (flat addresses).
struct RelocatedTraceEntry {
    uint64_t pc;
    uint64_t ap;
    uint64_t fp;
};

/// Phases: construct (checks builtins against the layout), initialize_main_entrypoint, run_*,
/// end_run, read_return_values, verify_secure_run, relocate; then the relocated views.
/// Failures throw VmError / AssertionFailure / UncaughtError with cairo-run's texts.
class Runner {
public:
    Runner(std::shared_ptr<const Program> program, RunnerConfig config);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    /// Segments, builtins' initial stack, the return frame and the VM; returns the end pc.
    Relocatable initialize_main_entrypoint();

    /// Runs until pc == addr; at most max_steps steps ("End of program was not reached").
    void run_until_pc(const Relocatable& addr, std::optional<uint64_t> max_steps = std::nullopt);
    void run_for_steps(uint64_t steps);
    /// Runs until `steps` steps have run in total (nothing if already there).
    void run_until_steps(uint64_t steps);
    /// Remembers the step count cairo-run reports as "originally".
    void mark_original_steps();

    void end_run();
    void read_return_values();
    /// cairo-lang's verify_secure_runner; throws UncaughtError(SecurityError) or AssertionFailure.
    void verify_secure_run();
    void relocate();

    const Program& program() const noexcept { return *m_program; }
    const RunnerConfig& config() const noexcept { return m_config; }
    const Memory& memory() const noexcept { return m_memory; }
    /// The registers; pc and fp may be integer addresses (kIntegerSegment).
    Relocatable pc() const;
    Relocatable ap() const;
    Relocatable fp() const;
    uint64_t current_step() const;
    std::optional<uint64_t> original_steps() const noexcept { return m_original_steps; }
    Relocatable program_base() const noexcept { return m_program_base; }
    Relocatable execution_base() const noexcept { return m_execution_base; }
    /// The output builtin's segment base, if the program uses it.
    std::optional<Relocatable> output_base() const noexcept { return m_output_base; }

    /// Flat address of each segment (after relocate()).
    const std::vector<uint64_t>& segment_offsets() const noexcept { return m_segment_offsets; }
    /// The flat address; an integer address stays the integer (AssertionFailure when it does not
    /// fit in the trace's u64, as cairo-run's TraceEntry.serialize).
    uint64_t relocate_address(const Relocatable& addr) const;
    /// A value with relocatables replaced by flat addresses (after relocate()).
    Felt relocate_value(const MaybeRelocatable& value) const;
    std::vector<RelocatedTraceEntry> relocated_trace() const;

    /// The trace file: 24 bytes per step (ap, fp, pc as u64 little-endian).
    void write_trace(std::ostream& out) const;
    /// The memory file: (u64 address, 32-byte value) little-endian, in cairo-run's order.
    void write_memory(std::ostream& out) const;

    /// --print_output, --print_info, --print_memory and --print_segments, as cairo-run prints them.
    std::string output_text() const;
    /// The output builtin's cells as signed decimals ("<missing>" for a hole).
    std::vector<std::string> output_values() const;
    std::string info_text(bool relocated) const;
    std::string memory_text(bool relocated) const;
    std::string segments_text() const;

private:
    [[noreturn]] void throw_step_error();
    std::string vm_error_text(const std::string& inner, bool with_traceback,
                              std::optional<size_t> hint_index = std::nullopt) const;
    std::optional<std::string> traceback_text() const;
    void step_limited(const std::optional<Relocatable>& stop, uint64_t max_steps);

    std::shared_ptr<const Program> m_program;
    RunnerConfig m_config;
    Memory m_memory;
    std::unique_ptr<Vm> m_vm;
    Relocatable m_program_base;
    Relocatable m_execution_base;
    std::optional<Relocatable> m_output_base;
    std::optional<Relocatable> m_output_stop;
    std::vector<std::unique_ptr<BuiltinRunner>> m_builtins;  ///< all but output, in layout order
    Relocatable m_final_pc;
    std::optional<uint64_t> m_original_steps;
    bool m_run_ended = false;
    std::vector<uint64_t> m_segment_offsets;
};

/// Builtin names of a layout, in layout order; nullopt for an unknown layout name.
std::optional<std::vector<std::string>> layout_builtins(const std::string& layout);
/// Every layout name cairo-run accepts, in its order.
const std::vector<std::string>& layout_names();

}  // namespace xcairo
