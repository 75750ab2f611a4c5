#pragma once
// Evaluating Cairo references against VM state: cairo-run's error_message attribute substitution
// and, for hints, the value of `ids.name` (cairo-lang's ExpressionEvaluator semantics).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "vmcore/program.hpp"
#include "vmcore/value.hpp"

namespace xcairo {

/// Reads one memory cell; nullopt when the cell is unknown.
using MemoryReader = std::function<std::optional<MaybeRelocatable>(const Relocatable&)>;

/// An exception cairo-lang raises during evaluation that its caller does not catch, so that
/// cairo-run ends with a Python traceback (for instance an error message naming a constant:
/// "starkware.cairo.lang.compiler.preprocessor.flow.MissingReferenceError: Missing reference
/// __main__.LIMIT."). what() is the last line of that traceback.
class UncaughtEvalError : public Error {
  public:
    UncaughtEvalError(std::string python_class, std::string message);
    const std::string& python_class() const noexcept { return m_class; }
    const std::string& message() const noexcept { return m_message; }

  private:
    std::string m_class;
    std::string m_message;
};

/// Why a value could not be produced (the exceptions cairo-lang's callers catch).
enum class EvalFailure {
    ApUnknown,       ///< ApDeductionError: ap-based reference, ap not deducible
    NotSimple,       ///< InvalidReferenceExpressionError: is_simple_reference failed
    EvaluatorError,  ///< ExpressionEvaluatorError: unknown memory, result neither felt nor pointer
    Identifier,      ///< IdentifierError
};

struct EvalError {
    EvalFailure failure;
    std::string message;
};

/// A value as the evaluator computes it: a felt, or a relocatable whose offset is taken modulo P
/// (so "fp + (-3)" with fp = 1:0 is 1:P-3, as in cairo-lang).
struct EvalValue {
    bool is_relocatable = false;
    Felt felt;  ///< when !is_relocatable
    int64_t segment = 0;
    Felt offset;  ///< when is_relocatable

    static EvalValue from(const MaybeRelocatable& v);
    /// The memory value; nullopt for a relocatable offset of 2^64 or more.
    std::optional<MaybeRelocatable> to_maybe_relocatable() const;
    /// vm/utils.py decimal_repr: signed decimal for a felt, "segment:offset" for a relocatable.
    std::string decimal_repr() const;
};

using EvalResult = std::variant<EvalValue, EvalError>;

/// Registers for evaluation; ap nullopt means unknown (as for error attributes); an integer fp is
/// in kIntegerSegment.
struct EvalRegisters {
    std::optional<Relocatable> ap;
    Relocatable fp;
};

/// An expression after type simplification (casts, member access, subscripts and & resolved).
struct TypedExpr {
    ExprPtr expr;
    CairoTypePtr type;
};

/// simplify_type_system: depends only on the identifiers, so callers may compute it once per
/// reference. Throws UncaughtEvalError (CairoTypeError) on ill-typed expressions.
TypedExpr simplify_types(const IdentifierTable& identifiers, const ExprPtr& expr);

/// ExpressionEvaluator.visit over a type-simplified expression; EvaluatorError for unknown memory.
/// Throws UncaughtEvalError where Python fails (arithmetic on relocatables, ap unknown, **).
EvalResult evaluate_simplified(const Expr& simplified, const EvalRegisters& regs,
                               const MemoryReader& read);

/// ExpressionEvaluator.eval: simplify_types, require a felt or pointer type, evaluate.
EvalResult evaluate_expr(const Program& program, const ExprPtr& expr, const EvalRegisters& regs,
                         const MemoryReader& read);

/// Reference.eval: the reference's value seen from a point whose ap tracking is `at`. In the same
/// group ap becomes "ap - (at.offset - defined.offset)"; otherwise nullopt when the expression
/// uses ap (ApDeductionError, reported by flow tracking as "Reference 'x' was revoked.").
std::optional<ExprPtr> reference_at(const Reference& reference, const ApTracking& at);

/// starknet/security/simple_references.py is_simple_reference.
bool is_simple_reference(const Expr& expr, int simplicity_bound);

/// VirtualMachineBase.evaluate_reference: search the name in the scopes, resolve it through the
/// flow tracking data, check is_simple_reference(…, 20), evaluate with ap unknown and fp given.
EvalResult evaluate_error_reference(const Program& program, std::string_view name,
                                    const std::vector<std::string>& accessible_scopes,
                                    const FlowTrackingData& flow, Relocatable fp,
                                    const MemoryReader& read);

/// substitute_error_message_references for one attribute: "{name}" replaced by decimal_repr of
/// its value; names that cannot be evaluated are kept and listed in a suffix.
std::string substitute_error_message(const Program& program, const Attribute& attribute,
                                     Relocatable fp, const MemoryReader& read);

/// get_error_attr_value: "Error message: ...\n" for every error_message attribute whose
/// [start_pc, end_pc) holds pc (relative to the program base), in program order.
std::string error_attr_value(const Program& program, uint64_t pc, Relocatable fp,
                             const MemoryReader& read);
/// The same over the attributes of another program placed in the run (vm_load_program): their
/// "{name}" references are still resolved in `program`, the run's, as cairo-lang resolves them.
std::string error_attr_value(const Program& program, const std::vector<Attribute>& attributes,
                             uint64_t pc, Relocatable fp, const MemoryReader& read);

}  // namespace xcairo
