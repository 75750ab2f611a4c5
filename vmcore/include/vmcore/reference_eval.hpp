#pragma once
// Evaluating Cairo references against VM state: the error_message attribute substitution of
// cairo-run and the value of `ids.name` for hints.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "vmcore/program.hpp"
#include "vmcore/value.hpp"

namespace xcairo {

/// Reads one memory cell; nullopt when the cell is unknown.
using MemoryReader = std::function<std::optional<MaybeRelocatable>(const Relocatable&)>;

/// Raised where cairo-run itself fails with a Python traceback (for instance an error message
/// naming a constant: "MissingReferenceError: Missing reference __main__.LIMIT."). what() is the
/// last line of that traceback, exception class name first.
class UnhandledReferenceError : public Error {
public:
    using Error::Error;
};

/// Why a reference could not be evaluated (the exceptions cairo-lang catches).
enum class EvalFailure {
    ApUnknown,        ///< ApDeductionError: ap-based reference, ap not deducible
    NotSimple,        ///< InvalidReferenceExpressionError (is_simple_reference failed)
    EvaluatorError,   ///< ExpressionEvaluatorError: unknown memory, non felt/pointer result type
    Identifier,       ///< IdentifierError
};

struct EvalError {
    EvalFailure failure;
    std::string message;
};

/// A value or the reason there is none.
using EvalResult = std::variant<MaybeRelocatable, EvalError>;

/// Registers for evaluation; ap nullopt means unknown (as for error attributes).
struct EvalRegisters {
    std::optional<Relocatable> ap;
    Relocatable fp;
};

/// Reference.eval: the reference's value expression seen from a point whose ap tracking is
/// `at`: ap becomes "ap - diff" when both are in the same group. nullopt when the expression
/// uses ap and the groups differ (ApDeductionError / "Reference 'x' was revoked.").
std::optional<ExprPtr> reference_at(const Reference& reference, const ApTracking& at);

/// ExpressionEvaluator.eval: type-simplifies expr with the program's identifiers and evaluates
/// it; the result must be typed felt or pointer. Throws UnhandledReferenceError where Python
/// raises something cairo-lang does not catch (arithmetic on relocatables...).
EvalResult evaluate_expr(const Program& program, const Expr& expr, const EvalRegisters& regs,
                         const MemoryReader& read);

/// VirtualMachineBase.evaluate_reference: search name, resolve it through the flow tracking
/// data, check is_simple_reference(…, 20), evaluate with ap unknown and the given fp.
EvalResult evaluate_error_reference(const Program& program, std::string_view name,
                                    const std::vector<std::string>& accessible_scopes,
                                    const FlowTrackingData& flow, Relocatable fp,
                                    const MemoryReader& read);

/// starknet simple_references.is_simple_reference.
bool is_simple_reference(const Expr& expr, int simplicity_bound);

/// substitute_error_message_references for one attribute.
std::string substitute_error_message(const Program& program, const Attribute& attribute,
                                     Relocatable fp, const MemoryReader& read);

/// get_error_attr_value: "Error message: ...\n" for every error_message attribute whose
/// [start_pc, end_pc) holds pc (pc relative to the program base), in program order.
std::string error_attr_value(const Program& program, uint64_t pc, Relocatable fp,
                             const MemoryReader& read);

/// decimal_repr: signed decimal for a felt, "segment:offset" for a relocatable.
std::string decimal_repr(const MaybeRelocatable& value);

}  // namespace xcairo
