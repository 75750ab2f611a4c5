#pragma once
// The step loop: pre-decoded program code, register state and the instruction semantics.
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "vmcore/hint_executor.hpp"
#include "vmcore/instruction.hpp"
#include "vmcore/memory.hpp"
#include "vmcore/memory_rules.hpp"

namespace xcairo {

class BuiltinRunner;

/// pc, ap and fp; pc and fp may be integer addresses (kIntegerSegment), ap never is.
struct Registers {
    Relocatable pc;
    Relocatable ap;
    Relocatable fp;
};

/// A trace entry as 32-bit offsets; the segments are the program's (pc) and the execution's
/// (ap, fp) except for the steps listed in Vm::trace_exceptions() (other segments, integer
/// registers, or offsets of 2^32 and more), which keep their full registers.
struct TraceOffsets {
    uint32_t pc;
    uint32_t ap;
    uint32_t fp;
};

/// One program cell, decoded once at load.
struct CodeEntry {
    static constexpr uint8_t kDecoded = 1;     ///< `instruction` is valid
    static constexpr uint8_t kHasHints = 2;    ///< hints run before this instruction
    static constexpr uint8_t kBreakpoint = 4;  ///< the run stops before this pc
    Instruction instruction;
    uint8_t flags = 0;
};

/// Why Vm::run returned.
enum class StopReason : uint8_t { kReachedPc, kStepLimit, kHint, kBreakpoint, kError };

/// A failed step: the message as cairo-run words it, and whether it carries a Cairo traceback.
struct StepError {
    std::string message;
    bool with_traceback = true;
};

/// A failed auto-deduction check at the end of the run: the Python exception cairo-lang raises
/// ("AssertionError" for a builtin rule's assertion).
struct RuleFailure {
    std::string python_type;
    std::string message;
};

class Vm {
public:
    Vm(Memory& memory, Relocatable program_base, size_t program_size, Registers initial,
       Relocatable final_pc, bool trace_enabled);

    /// Marks the pcs (offsets into the program) that carry hints or breakpoints.
    void set_code_flag(uint64_t program_offset, uint8_t flag, bool on);
    /// The code of a program a hint loaded (vm_load_program) at base: its cells are decoded once
    /// for the slow path, as the program's are for the fast path.
    void add_code(const Relocatable& base, size_t size);
    /// Marks a pc that carries hints, wherever it is (in a program a hint loaded); pcs outside
    /// the program's code are looked up on the slow path only.
    void flag_hint_pc(const Relocatable& pc);

    /// Runs until pc == stop (checked before each step), `max_steps` steps have run, a hint or
    /// breakpoint pc is reached (unless it is the pc the run resumes at), or an error.
    StopReason run(const Relocatable& stop, uint64_t max_steps, bool resume_at_flagged_pc);

    const Registers& registers() const noexcept { return m_regs; }
    uint64_t current_step() const noexcept { return m_step; }
    const StepError& error() const noexcept { return m_error; }
    const Relocatable& final_pc() const noexcept { return m_final_pc; }
    const Relocatable& program_base() const noexcept { return m_program_base; }

    bool trace_enabled() const noexcept { return m_trace_enabled; }
    const PodBuffer<TraceOffsets>& trace() const noexcept { return m_trace; }
    /// Steps whose registers are not in the usual segments, with their full registers.
    const std::vector<std::pair<uint64_t, Registers>>& trace_exceptions() const noexcept {
        return m_trace_exceptions;
    }

    /// Runs the builtin's validation rule on every cell first written into its segment.
    void add_validation_rule(const BuiltinRunner& runner);
    /// Tries the builtin's auto-deduction rule on unknown operands in its segment.
    void add_deduction_rule(const BuiltinRunner& runner);
    /// A hint's rules (vm_add_auto_deduction_rule, vm_add_validation_rule): tried after the
    /// builtin's and those added before; they run with `context` (set_rule_context).
    void add_deduction_rule(int64_t segment, std::shared_ptr<DeductionRule> rule);
    void add_validation_rule(int64_t segment, std::shared_ptr<ValidationRule> rule);
    /// The context the hints' rules get (the runner's; it outlives the rules' use).
    void set_rule_context(HintContext* context) noexcept { m_rule_context = context; }
    /// The exception a hint's rule raised in the last failure, if it was that.
    const std::optional<HintError>& rule_failure() const noexcept { return m_rule_failure; }
    /// verify_auto_deductions (end_run): every cell of a segment with deduction rules, in write
    /// order, against each rule; the first failure.
    std::optional<RuleFailure> verify_auto_deductions();

    /// A write from outside the step loop (hints): write-once, then the builtin segment's
    /// validation rule; false with error() set when it fails.
    bool write(const Relocatable& addr, const MaybeRelocatable& value);
    /// The same write without validation rules (segments.load_data).
    bool write_unvalidated(const Relocatable& addr, const MaybeRelocatable& value);

    /// Decodes the instruction at pc from memory (the slow path; also used by tools).
    bool decode_at(const Relocatable& pc, Instruction& out);

private:
    template <bool kTrace>
    StopReason run_loop(const Relocatable& stop, uint64_t max_steps, bool resume_at_flagged_pc);
    template <bool kTrace>
    bool execute(const Instruction& ins);
    bool fail(std::string message, bool with_traceback = true);
    /// The error of a write that did not succeed (cold).
    [[gnu::cold, gnu::noinline]] bool write_failed(Memory::WriteStatus status,
                                                   const Relocatable& addr,
                                                   const MaybeRelocatable& value);
    /// The validation rule of a builtin segment for a new cell (cold).
    [[gnu::cold, gnu::noinline]] bool validate_write(const Relocatable& addr,
                                                     const MaybeRelocatable& value);
    /// deduce_memory_cell for the unknown operands (cold): writes what the rules deduce.
    [[gnu::cold, gnu::noinline]] bool deduce_operand(const Relocatable& addr,
                                                     MaybeRelocatable& value, bool& known);
    /// Makes m_validators cover the segment.
    void cover_segment(int64_t segment);
    /// The builtin's and the hints' validation rules, with cairo-lang's validated addresses (cold).
    bool validate_with_rules(const Relocatable& addr, const MaybeRelocatable& value,
                             const BuiltinRunner* runner);
    /// A hint's rule raised: the step fails with the exception's text.
    bool rule_failed(const HintError& error);
    /// Decodes the cells of code from base on, keeping those that decode (kDecoded).
    void decode_code(const Relocatable& base, std::vector<CodeEntry>& code);
    /// The instruction at a pc off the program's pre-decoded code (the slow path): a loaded
    /// program's decoded at its load, else decoded now into `slow`; null when the run stops
    /// there first (hints, a breakpoint, an error), with the reason.
    [[gnu::noinline]] const Instruction* off_code_instruction(
        bool resume_at_flagged_pc, Instruction& slow, StopReason& stop_reason);
    /// The entry of a loaded program's code at pc, or null (the slow path).
    CodeEntry* loaded_code_at(const Relocatable& pc);
    /// The integer address of a felt (a new pc or fp, a double dereference), or fails.
    bool integer_address_or_fail(const Felt& f, Relocatable& out);

    Memory& m_memory;
    Relocatable m_program_base;
    std::vector<CodeEntry> m_code;
    /// Code that hints loaded (add_code), searched from the block that ran last.
    struct CodeBlock {
        Relocatable base;
        std::vector<CodeEntry> code;
    };
    std::vector<CodeBlock> m_loaded_code;
    size_t m_last_block = 0;
    std::set<Relocatable> m_other_hint_pcs;  ///< pcs with hints in no code block
    Registers m_regs;
    Relocatable m_final_pc;
    int64_t m_execution_segment;
    uint64_t m_step = 0;
    bool m_trace_enabled;
    PodBuffer<TraceOffsets> m_trace;
    std::vector<std::pair<uint64_t, Registers>> m_trace_exceptions;
    StepError m_error;
    // Validation rules by segment, from m_validated_first (builtin segments are contiguous):
    // the builtin's, or null for a segment that only hints' rules validate (or none).
    std::vector<const BuiltinRunner*> m_validators;
    uint64_t m_validated_first = 0;
    std::vector<const BuiltinRunner*> m_deducers;  ///< builtins with an auto-deduction rule
    bool m_deduces = false;  ///< any deduction rule (the step loop's one test)
    // The hints' rules by segment, in the order added.
    std::vector<std::pair<int64_t, std::shared_ptr<DeductionRule>>> m_rule_deducers;
    std::vector<std::pair<int64_t, std::shared_ptr<ValidationRule>>> m_rule_validators;
    HintContext* m_rule_context = nullptr;
    std::optional<HintError> m_rule_failure;
    // cairo-lang's validated addresses, kept once a hint added a validation rule: a write there
    // runs no rule.
    std::set<Relocatable> m_validated;
};

}  // namespace xcairo
