#pragma once
// Runner: a run of a program's main(), phase by phase like cairo-lang's CairoRunner.
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "vmcore/errors.hpp"
#include "vmcore/hint_executor.hpp"
#include "vmcore/instruction.hpp"
#include "vmcore/layout.hpp"
#include "vmcore/memory.hpp"
#include "vmcore/program.hpp"

namespace xcairo {

class Vm;
class BuiltinRunner;
class ExecScopes;
class HintContext;
class HintExecutor;
class HintProcessor;
struct CompiledHint;
struct HintFailure;
struct Registers;

struct RunnerConfig {
    std::string layout = "plain";
    /// Replaces the named layout (the dynamic layout of a parameters file).
    std::optional<CairoLayout> layout_def;
    /// Proof mode: the run starts at __start__, ends in the __end__ loop, every builtin of the
    /// layout has a segment, and end_run pads the steps to what the layout needs.
    bool proof_mode = false;
    bool allow_missing_builtins = false;
    bool trace = true;  ///< record the execution trace
    /// Runs the hints that have no native handler; without one such a hint fails when reached.
    std::shared_ptr<HintExecutor> hint_executor;
    /// false: hint_executor runs every hint, native handlers included (cairo-lang's own code).
    bool native_hints = true;
    /// Receives cairo-run's "Warning: ... Increasing number of steps." lines (default: stdout).
    std::function<void(const std::string&)> on_warning;
};

/// One relocated trace entry (flat addresses).
struct RelocatedTraceEntry {
    uint64_t pc;
    uint64_t ap;
    uint64_t fp;
};

/// An unrelocated trace entry.
struct TraceEntry {
    Relocatable pc;
    Relocatable ap;
    Relocatable fp;
};

/// Why Runner::advance returned.
enum class AdvanceStop : uint8_t { kReachedPc, kStepLimit, kBreakpoint, kBeforeHints };

/// Where Runner::advance pauses besides its stop pc and step limit.
struct PausePoints {
    bool breakpoints = false;   ///< at a breakpoint pc, before its hints
    bool before_hints = false;  ///< before the hints of a pc run
};

/// Phases: construct (checks builtins against the layout), initialize_main_entrypoint, run_*,
/// end_run, read_return_values, finalize_segments (proof mode), verify_secure_run, relocate; then
/// the relocated views and the AIR inputs.
/// Failures throw VmError / AssertionFailure / UncaughtError with cairo-run's texts.
class Runner {
public:
    Runner(std::shared_ptr<const Program> program, RunnerConfig config);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    /// Segments, builtins' initial stack, the return frame and the VM; returns the end pc (in
    /// proof mode the pc of __end__, the run starting at __start__).
    Relocatable initialize_main_entrypoint();

    /// Runs until pc == addr; at most max_steps steps ("End of program was not reached").
    void run_until_pc(const Relocatable& addr, std::optional<uint64_t> max_steps = std::nullopt);
    /// Throws cairo-run's "End of program was not reached" unless pc == addr.
    void check_reached_pc(const Relocatable& addr) const;
    /// Runs at most max_steps steps, stopping before pc == stop and at the pause points asked
    /// for. Each pause at a pc is reported once: the next call goes on from it (running the hints
    /// there). Throws VmError on a failed step or hint.
    AdvanceStop advance(const std::optional<Relocatable>& stop, uint64_t max_steps,
                        PausePoints pauses = {});
    /// Sets or clears a breakpoint at a program offset (paused at by advance when asked).
    void set_breakpoint(uint64_t program_offset, bool on);
    const std::set<uint64_t>& breakpoints() const noexcept { return m_breakpoints; }
    void run_for_steps(uint64_t steps);

    /// vm_load_program (cairo-lang's VirtualMachineBase.load_program): a program whose data a
    /// hint wrote at base. From then on its hints run at base + offset (replacing those of the
    /// same pcs), and its debug info and error_message attributes describe those pcs. Throws
    /// HintError (as the hint calling it reports it).
    void load_program(std::shared_ptr<const Program> program, const Relocatable& base);

    /// The program whose debug info describes pc (the last placed with a location for it, as
    /// cairo-lang's instruction_debug_info keeps it) and that location; else the run's program
    /// and null.
    std::pair<const Program*, const InstructionLocation*> location_at(const Relocatable& pc) const;

    /// cairo-lang's exec_scopes of the run's hints (after initialize_main_entrypoint).
    ExecScopes& exec_scopes();
    /// What hint `index` of the instruction at pc (of any placed program) sees (ids, memory,
    /// segments, scopes) before it runs, for a debugger paused there; valid while the registers
    /// stay. Error when the instruction has no such hint.
    std::unique_ptr<HintContext> hint_context(const Relocatable& pc, size_t index);
    /// Executions so far of each distinct hint text of the program, in program order.
    std::vector<HintExecutions> hint_executions() const;
    /// Runs until `steps` steps have run in total (nothing if already there).
    void run_until_steps(uint64_t steps);
    /// Remembers the step count cairo-run reports as "originally".
    void mark_original_steps();

    /// In proof mode without disable_trace_padding, runs on to the next power of 2 until the
    /// layout has the cells the run needs (check_used_cells), warning at each increase.
    void end_run(bool disable_trace_padding = true);
    void read_return_values();
    /// Proof mode: fixes the segments' sizes as the layout allocates them, and the public memory.
    void finalize_segments();
    /// Whether the layout allocates enough cells for the run (builtins, range checks, memory
    /// holes, diluted checks); false after passing cairo-run's warning to on_warning.
    bool check_used_cells();
    /// Memory cells that no instruction or builtin accesses (cairo-lang's get_memory_holes).
    uint64_t memory_holes();
    /// cairo-lang's vm.is_accessed: addr is a cell of the program, or the pc or an operand of a
    /// step run so far (replayed from the trace: a hint's rare question, not kept per step).
    bool is_accessed(const Relocatable& addr) const;
    /// cairo-lang's verify_secure_runner; throws UncaughtError(SecurityError) or AssertionFailure.
    void verify_secure_run();
    void relocate();

    /// memory[addr] = value from outside the step loop: write-once, then the validation rule of
    /// a builtin segment; throws Error with cairo-lang's message.
    void write_memory(const Relocatable& addr, const MaybeRelocatable& value);
    /// segments.add() and segments.add_temp_segment() (before relocate()).
    Relocatable add_segment();
    Relocatable add_temp_segment();

    const Program& program() const noexcept { return *m_program; }
    const RunnerConfig& config() const noexcept { return m_config; }
    const CairoLayout& layout() const noexcept { return m_layout; }
    const Memory& memory() const noexcept { return m_memory; }
    /// The registers; pc and fp may be integer addresses (kIntegerSegment).
    Relocatable pc() const;
    Relocatable ap() const;
    Relocatable fp() const;
    uint64_t current_step() const;
    std::optional<uint64_t> original_steps() const noexcept { return m_original_steps; }
    Relocatable program_base() const noexcept { return m_program_base; }
    Relocatable execution_base() const noexcept { return m_execution_base; }
    /// The runner of a builtin of the run, or nullptr; hints reach the ecdsa builtin's
    /// signatures through it.
    BuiltinRunner* builtin_runner(const std::string& name) const noexcept;
    /// The output builtin's segment base, if the program uses it.
    std::optional<Relocatable> output_base() const;

    /// Flat address of each segment (after relocate()).
    const std::vector<uint64_t>& segment_offsets() const noexcept { return m_segment_offsets; }
    /// The flat address; an integer address stays the integer (AssertionFailure when it does not
    /// fit in the trace's u64, as cairo-run's TraceEntry.serialize).
    uint64_t relocate_address(const Relocatable& addr) const;
    /// A value with relocatables replaced by flat addresses (after relocate()).
    Felt relocate_value(const MaybeRelocatable& value) const;
    std::vector<RelocatedTraceEntry> relocated_trace() const;
    /// The trace so far, unrelocated (empty when the trace is off).
    std::vector<TraceEntry> trace() const;

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
    /// --print_info's "Builtin usage:" table in proof mode (get_builtin_usage).
    std::string builtin_usage_text() const;

    /// The AIR public input (--air_public_input) as cairo-run writes it; layout_name is the
    /// --layout given.
    std::string air_public_input(const std::string& layout_name);
    /// The AIR private input (--air_private_input), the trace and memory files' absolute paths.
    std::string air_private_input(const std::string& trace_path, const std::string& memory_path) const;

private:
    [[noreturn]] void throw_step_error();
    /// A program and where it was placed: the run's own, then those hints loaded.
    struct PlacedProgram {
        std::shared_ptr<const Program> program;
        Relocatable base;
    };
    /// get_error_attr_value at pc: the error_message attributes of every placed program around
    /// it, their references resolved in the run's program as cairo-lang resolves them.
    std::string error_attrs_at(const Relocatable& pc, const Relocatable& fp) const;
    /// VirtualMachineBase.compile_hint's VmException for a hint of a placed program.
    VmError hint_compile_error(const HintFailure& failure, const Relocatable& base) const;
    /// Runs the hints of the instruction at pc.
    void run_hints(std::vector<CompiledHint>& hints);
    std::string vm_error_text(const std::string& inner, bool with_traceback,
                              std::optional<size_t> hint_index = std::nullopt,
                              const std::vector<std::string>& notes = {}) const;
    /// Resolves every hint of the program (native handler or executor) and flags their pcs.
    void load_hints();
    /// Every vm_enter_scope() exited; throws as cairo-lang's VirtualMachineBase.end_run.
    void check_exec_scopes() const;
    std::optional<std::string> traceback_text() const;
    void create_builtin_runners();
    /// The finalized size of a segment, else its used size.
    uint64_t segment_size(int64_t segment) const;
    /// (rc_min, rc_max) of the instructions' offsets and the builtins' range checks.
    std::pair<uint64_t, uint64_t> perm_range_check_limits();
    void check_range_check_usage();
    void check_memory_usage();
    void check_diluted_check_usage();
    /// Whether the program's %builtins names the builtin.
    bool included(const std::string& builtin) const;
    BuiltinRunner* find_builtin_runner(const std::string& name) const;
    /// The registers of a step of the trace.
    Registers trace_registers(uint64_t step) const;
    /// The instruction at pc, decoded once.
    const Instruction& instruction_at(const Relocatable& pc) const;
    /// Calls visit with the addresses the VM accessed in its first `steps` steps (the program's
    /// cells, then each step's pc and operands), as cairo-lang's vm.accessed_addresses has them.
    void for_each_vm_access(uint64_t steps, const std::function<void(const Relocatable&)>& visit) const;

    std::shared_ptr<const Program> m_program;
    std::vector<PlacedProgram> m_placed;  ///< m_program first, once initialized
    RunnerConfig m_config;
    CairoLayout m_layout;
    Memory m_memory;
    std::unique_ptr<Vm> m_vm;
    std::unique_ptr<HintProcessor> m_hints;
    /// What hints' memory rules run with (the VM points at it); destroyed before m_hints.
    std::unique_ptr<HintContext> m_rule_context;
    Relocatable m_program_base;
    Relocatable m_execution_base;
    /// The builtins with a segment, in layout order: those of %builtins (all the layout's in
    /// proof mode).
    std::vector<std::unique_ptr<BuiltinRunner>> m_builtins;
    /// The zeros that builtins' empty instances point at (add_mod, mul_mod), if any.
    std::optional<Relocatable> m_zero_segment;
    uint64_t m_zero_segment_size = 0;
    Relocatable m_final_pc;
    std::optional<uint64_t> m_original_steps;
    bool m_run_ended = false;
    std::set<uint64_t> m_breakpoints;
    // The pauses already reported at the current pc, valid while the step is m_pause_step.
    uint64_t m_pause_step = UINT64_MAX;
    uint8_t m_pause_flags = 0;
    std::vector<uint64_t> m_segment_offsets;
    // Proof mode.
    std::vector<uint64_t> m_execution_public_memory;  ///< offsets in the execution segment
    bool m_segments_finalized = false;
    std::vector<std::optional<uint64_t>> m_segment_sizes;  ///< finalized sizes, by segment
    /// Public memory (offset, page) by segment, as finalize_segments sets it.
    std::vector<std::vector<std::pair<uint64_t, uint64_t>>> m_public_memory;
    uint64_t m_steps_at_end_run = 0;
    std::optional<uint64_t> m_memory_holes;
    uint64_t m_rc_scanned_steps = 0;  ///< trace entries folded into m_rc_limits
    std::optional<std::pair<uint64_t, uint64_t>> m_rc_limits;
    mutable std::map<std::pair<int64_t, uint64_t>, Instruction> m_decoded;  ///< instruction_at's cache
};

}  // namespace xcairo
