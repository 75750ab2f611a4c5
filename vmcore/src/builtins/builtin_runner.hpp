#pragma once
// A builtin with one memory segment (cairo-lang's SimpleBuiltinRunner), as the runner sees it:
// its segment, stop pointer, validation rule, security checks, and what the layout allocates it.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vmcore/errors.hpp"
#include "vmcore/layout.hpp"
#include "vmcore/memory.hpp"

namespace xcairo {

/// The layout allocates fewer cells than the run needs (cairo-lang's InsufficientAllocatedCells).
class InsufficientAllocatedCells : public UncaughtError {
public:
    explicit InsufficientAllocatedCells(std::string message)
        : UncaughtError("starkware.cairo.lang.vm.builtin_runner.InsufficientAllocatedCells",
                        std::move(message)) {}
};

class BuiltinRunner {
public:
    BuiltinRunner(std::string name, Relocatable base, uint32_t cells_per_instance,
                  uint32_t n_input_cells)
        : m_name(std::move(name)),
          m_base(base),
          m_cells_per_instance(cells_per_instance),
          m_n_input_cells(n_input_cells) {}
    virtual ~BuiltinRunner() = default;

    const std::string& name() const noexcept { return m_name; }
    uint32_t cells_per_instance() const noexcept { return m_cells_per_instance; }

    /// The layout's definition of the builtin, and whether the program's %builtins names it (in
    /// proof mode every builtin of the layout runs; the others keep an empty segment).
    void configure(const BuiltinInstanceDef& def, bool included) {
        m_def = def;
        m_included = included;
    }
    const BuiltinInstanceDef& instance_def() const noexcept { return m_def; }
    bool included() const noexcept { return m_included; }

    // What the layout allocates (cairo-lang's SimpleBuiltinRunner methods of the same names);
    // `steps` is the VM's current step. They throw InsufficientAllocatedCells as cairo-lang does.
    uint64_t used_cells(const Memory& memory) const;
    virtual uint64_t used_instances(const Memory& memory) const;
    virtual uint64_t allocated_instances(const Memory& memory, uint64_t steps) const;
    virtual uint32_t additional_memory_units_per_instance() const noexcept { return 0; }
    virtual uint64_t allocated_memory_units(const Memory& memory, uint64_t steps) const;
    /// (used cells, allocated size); throws "The <name> builtin used <n> cells but the capacity
    /// is <size>."
    virtual std::pair<uint64_t, uint64_t> used_cells_and_allocated_size(const Memory& memory,
                                                                        uint64_t steps) const;
    /// (rc_min, rc_max) of the range-checked parts, if the builtin range-checks any value.
    virtual std::optional<std::pair<uint64_t, uint64_t>> range_check_usage(const Memory&) const {
        return std::nullopt;
    }
    virtual uint64_t used_perm_range_check_units(const Memory&, uint64_t) const { return 0; }
    virtual uint64_t used_diluted_check_units(uint32_t spacing, uint32_t n_bits) const {
        return m_def.diluted_units_per_builtin(spacing, n_bits);
    }
    /// The builtin's entry of the AIR private input (the JSON value under its name); cairo-lang's
    /// air_private_input. The default is an empty list for an empty segment and fails otherwise:
    /// each builtin writes its own.
    virtual std::string air_private_input(const Memory& memory) const;
    /// Maps a relocatable to its flat address (after relocation).
    using Relocator = std::function<uint64_t(const Relocatable&)>;
    /// The same, for builtins whose entry holds relocated addresses (default: the one above).
    virtual std::string relocated_air_private_input(const Memory& memory, const Relocator&) const {
        return air_private_input(memory);
    }
    const Relocatable& base() const noexcept { return m_base; }
    const std::optional<Relocatable>& stop() const noexcept { return m_stop; }
    void set_stop(const Relocatable& stop) noexcept { m_stop = stop; }
    /// The cells the stop pointer must cover: whole instances over the used cells.
    uint64_t used_instance_cells(uint64_t used_cells) const noexcept {
        return (used_cells + m_cells_per_instance - 1) / m_cells_per_instance * m_cells_per_instance;
    }

    /// Whether writes into the segment go through validate().
    virtual bool has_validation_rule() const noexcept { return false; }
    /// The validation rule for a value just written at addr (memory already holds it):
    /// cairo-lang's assertion text, or "".
    virtual std::string validate(const Memory& memory, const Relocatable& addr,
                                 const MaybeRelocatable& value) const;

    /// The addresses the validation rule reports as validated after validate() accepted a value
    /// at addr (cairo-lang's rule returns them; a later write there skips every rule).
    virtual void validated_addresses(const Memory&, const Relocatable& addr,
                                     std::vector<Relocatable>& out) const {
        out.push_back(addr);
    }

    /// Whether the segment has an auto-deduction rule (deduce()).
    virtual bool has_deduction_rule() const noexcept { return false; }
    /// The auto-deduction rule for addr: false with error set if the rule fails, else true with
    /// value set when it deduced one.
    virtual bool deduce(const Memory& memory, const Relocatable& addr,
                        std::optional<MaybeRelocatable>& value, std::string& error) const;

    /// verify_auto_deductions_for_addr: false with cairo-lang's error text in `error` (the rule's
    /// assertion, or inconsistent_deduction_text with `inconsistent` set).
    bool verify_auto_deduction(const Memory& memory, const Relocatable& addr, std::string& error,
                               bool& inconsistent) const;
    /// verify_auto_deductions over the segment: the first error, or "".
    std::string verify_auto_deductions(const Memory& memory) const;

    /// run_security_checks: the text of the first failed check (possibly empty, as a bare Python
    /// assert), or nullopt when every check passes (the input cells of every instance up to the
    /// last used one are set; the rule holds on absent output cells).
    virtual std::optional<std::string> security_check(const Memory& memory) const;

    /// Whether finalize_segments makes every cell public (output).
    virtual bool cells_are_public() const noexcept { return false; }
    /// Whether the AIR private input has an entry for the builtin (all but output).
    virtual bool in_private_input() const noexcept { return true; }
    /// Whether the whole segment counts as accessed for memory holes (get_memory_accesses; all
    /// but output).
    virtual bool counts_as_accessed() const noexcept { return true; }
    /// Addresses outside the segment that the builtin accesses (get_memory_accesses), given the
    /// segment's size; `mark` receives each of them.
    virtual void other_memory_accesses(const Memory&, uint64_t /*segment_size*/,
                                       const std::function<void(const Relocatable&)>& /*mark*/) const {}

    /// The number of zeros the builtin's empty instances point at (a segment the runner adds
    /// after the main entry point's, shared by every builtin), and where they are.
    virtual uint64_t needed_allocated_zeros() const { return 0; }
    virtual void set_allocated_zeros(const Relocatable&) {}

protected:
    /// The AIR private input of builtins listed by their input cells (cairo-lang's loop over the
    /// segment): [{"index": i, key(j): hex(input j)...}] by index, the keys of an instance in the
    /// order its cells were written; an instance lacking input j fails with missing(j, i).
    std::string input_cells_private_input(
        const Memory& memory, uint32_t n_inputs, const std::function<std::string(uint32_t)>& key,
        const std::function<std::string(uint32_t, uint64_t)>& missing) const;

private:
    std::string m_name;
    Relocatable m_base;
    uint32_t m_cells_per_instance;
    uint32_t m_n_input_cells;
    std::optional<Relocatable> m_stop;
    BuiltinInstanceDef m_def;
    bool m_included = true;
};

/// The runner of a builtin by its cairo-lang name; nullptr when xcairo does not implement it.
std::unique_ptr<BuiltinRunner> make_builtin_runner(const std::string& name, Relocatable base);

/// "Inconsistent auto deduction rule at address <addr>. <current> != <value>." (cairo-lang's
/// InconsistentAutoDeductionError), `value` as the rule's value prints.
std::string inconsistent_deduction_text(const Relocatable& addr, const MaybeRelocatable& current,
                                        const std::string& value);

/// The output builtin.
std::unique_ptr<BuiltinRunner> make_output_runner(Relocatable base);

/// "<builtin>: Expected integer at address <addr>.<separator>Got: <value>.", the text several
/// builtins assert on an input cell holding a relocatable.
std::string expected_integer_text(std::string_view builtin, const Relocatable& addr,
                                  const MaybeRelocatable& value, std::string_view separator = " ");

/// "Missing first|second input of <builtin> instance <index>.", the AIR private input's text for
/// the two-input builtins (pedersen, bitwise).
std::string missing_pair_input_text(std::string_view builtin, uint32_t slot, uint64_t instance);

/// The range_check builtin (2^128 bound: 8 parts of 16 bits in every layout).
std::unique_ptr<BuiltinRunner> make_range_check_runner(Relocatable base);
/// The range_check96 builtin (2^96 bound: 6 parts of 16 bits).
std::unique_ptr<BuiltinRunner> make_range_check96_runner(Relocatable base);
/// The add_mod and mul_mod builtins (mod_builtin.hpp).
std::unique_ptr<BuiltinRunner> make_add_mod_runner(Relocatable base);
std::unique_ptr<BuiltinRunner> make_mul_mod_runner(Relocatable base);
/// The bitwise builtin (251-bit inputs; x, y, x&y, x^y, x|y per instance).
std::unique_ptr<BuiltinRunner> make_bitwise_runner(Relocatable base);
/// The pedersen builtin (x, y, pedersen_hash(x, y) per instance).
std::unique_ptr<BuiltinRunner> make_pedersen_runner(Relocatable base);
/// The poseidon builtin (3 inputs, their Hades permutation per instance).
std::unique_ptr<BuiltinRunner> make_poseidon_runner(Relocatable base);
/// The ec_op builtin (P, Q, m, then P + m*Q per instance).
std::unique_ptr<BuiltinRunner> make_ec_op_runner(Relocatable base);
/// The keccak builtin (8 inputs of 200 bits, their Keccak-f1600 permutation per instance).
std::unique_ptr<BuiltinRunner> make_keccak_runner(Relocatable base);
/// The ecdsa builtin (public key, message hash per instance; see ecdsa_runner.hpp).
std::unique_ptr<BuiltinRunner> make_ecdsa_runner(Relocatable base);

}  // namespace xcairo
