#pragma once
// Rules a hint adds to a memory segment: cairo-lang's vm_add_auto_deduction_rule and
// vm_add_validation_rule. The VM consults them after the segment's builtin rule, in the order they
// were added, on its cold paths only (unknown operands, writes into validated segments, end_run).
#include <optional>
#include <string>
#include <vector>

#include "vmcore/value.hpp"

namespace xcairo {

class HintContext;

/// An auto-deduction rule: tried on an unknown operand of its segment (deduce_memory_cell) and,
/// at the end of the run, on every cell of its segment (verify_auto_deductions).
class DeductionRule {
  public:
    virtual ~DeductionRule() = default;
    /// The rule's value for addr reduced modulo P (what the VM writes there), nullopt when the
    /// rule returns None; throws HintError when the rule raises. `context` reaches the run's memory.
    virtual std::optional<MaybeRelocatable> deduce(HintContext& context, const Relocatable& addr) = 0;
    /// verify_auto_deductions_for_addr against the cell's value `current`: nullopt when the rule
    /// returns None or an equal value, else the rule's value as cairo-lang prints it; throws
    /// HintError when the rule raises.
    virtual std::optional<std::string> mismatch(HintContext& context, const Relocatable& addr,
                                                const MaybeRelocatable& current) = 0;
};

/// A validation rule: run on a value just written into its segment (memory holds it already),
/// unless an earlier rule reported that address as validated.
class ValidationRule {
  public:
    virtual ~ValidationRule() = default;
    /// The addresses the rule reports as validated; throws HintError when the rule raises (or
    /// returns something that is not a set: cairo-lang's TypeError).
    virtual std::vector<Relocatable> validate(HintContext& context, const Relocatable& addr) = 0;
};

}  // namespace xcairo
