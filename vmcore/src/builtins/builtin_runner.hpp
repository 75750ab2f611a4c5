#pragma once
// A builtin with one memory segment (cairo-lang's SimpleBuiltinRunner), as the runner sees it:
// its segment, stop pointer, validation rule and security checks.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "vmcore/memory.hpp"

namespace xcairo {

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
    const Relocatable& base() const noexcept { return m_base; }
    const std::optional<Relocatable>& stop() const noexcept { return m_stop; }
    void set_stop(const Relocatable& stop) noexcept { m_stop = stop; }
    /// The cells the stop pointer must cover: whole instances over the used cells.
    uint64_t used_instance_cells(uint64_t used_cells) const noexcept {
        return (used_cells + m_cells_per_instance - 1) / m_cells_per_instance * m_cells_per_instance;
    }

    /// Whether writes into the segment go through validate().
    virtual bool has_validation_rule() const noexcept { return false; }
    /// The validation rule for a value just written at addr: cairo-lang's assertion text, or "".
    virtual std::string validate(const Relocatable& addr, const MaybeRelocatable& value) const;

    /// Whether the segment has an auto-deduction rule (deduce()).
    virtual bool has_deduction_rule() const noexcept { return false; }
    /// The auto-deduction rule for addr: false with error set if the rule fails, else true with
    /// value set when it deduced one.
    virtual bool deduce(const Memory& memory, const Relocatable& addr,
                        std::optional<MaybeRelocatable>& value, std::string& error) const;
    /// verify_auto_deductions over the segment: cairo-lang's error text, or "".
    std::string verify_auto_deductions(const Memory& memory) const;

    /// run_security_checks: the assertion text of the first failed check, or "".
    std::string security_check(const Memory& memory) const;

private:
    std::string m_name;
    Relocatable m_base;
    uint32_t m_cells_per_instance;
    uint32_t m_n_input_cells;
    std::optional<Relocatable> m_stop;
};

/// The runner of a builtin by its cairo-lang name; nullptr when xcairo does not implement it
/// (output is the runner's own business and has no BuiltinRunner).
std::unique_ptr<BuiltinRunner> make_builtin_runner(const std::string& name, Relocatable base);

/// The range_check builtin (2^128 bound: 8 parts of 16 bits in every layout).
std::unique_ptr<BuiltinRunner> make_range_check_runner(Relocatable base);
/// The bitwise builtin (251-bit inputs; x, y, x&y, x^y, x|y per instance).
std::unique_ptr<BuiltinRunner> make_bitwise_runner(Relocatable base);

}  // namespace xcairo
