// Expression evaluation with cairo-lang's ExpressionEvaluator semantics, the ap correction of
// Reference.eval, and the simple-reference check.
#include "vmcore/reference_eval.hpp"

#include <utility>

#include "value_ops.hpp"

namespace xcairo {
namespace {

const char* const kSimplifierError =
    "starkware.cairo.lang.compiler.expression_simplifier.SimplifierError";

/// An ExpressionEvaluatorError on the way up (caught by the callers of the evaluator).
struct EvaluatorFailure {
    std::string message;
};

[[noreturn]] void python_type_error(const std::string& message) {
    throw UncaughtEvalError("TypeError", message);
}

const char* py_type(const EvalValue& v) { return v.is_relocatable ? "RelocatableValue" : "int"; }

/// Python's str(RelocatableValue) after "% prime": offsets are canonical.
std::string rel_text(const EvalValue& v) {
    return std::to_string(v.segment) + ":" + v.offset.to_dec();
}

EvalValue felt_value(const Felt& f) {
    EvalValue v;
    v.felt = f;
    return v;
}

EvalValue rel_value(int64_t segment, const Felt& offset) {
    EvalValue v;
    v.is_relocatable = true;
    v.segment = segment;
    v.offset = offset;
    return v;
}

EvalValue apply(char op, const EvalValue& a, const EvalValue& b) {
    const auto unsupported = [&](char shown) {
        python_type_error(std::string("unsupported operand type(s) for ") + shown + ": '" +
                          py_type(a) + "' and '" + py_type(b) + "'");
    };
    switch (op) {
        case '+':
            if (!a.is_relocatable && !b.is_relocatable) return felt_value(a.felt + b.felt);
            if (a.is_relocatable && b.is_relocatable)
                throw UncaughtEvalError(
                    "AssertionError", "Cannot add two relocatable values: " + rel_text(a) + " + " +
                                          rel_text(b) + ".");
            if (a.is_relocatable) return rel_value(a.segment, a.offset + b.felt);
            return rel_value(b.segment, b.offset + a.felt);
        case '-':
            if (!a.is_relocatable && !b.is_relocatable) return felt_value(a.felt - b.felt);
            if (!a.is_relocatable) unsupported('-');
            if (!b.is_relocatable) return rel_value(a.segment, a.offset - b.felt);
            if (a.segment != b.segment)
                throw UncaughtEvalError(
                    "AssertionError",
                    "Can only subtract two relocatable values of the same segment (" +
                        std::to_string(a.segment) + " != " + std::to_string(b.segment) + ").");
            return felt_value(a.offset - b.offset);
        case '*':
            if (a.is_relocatable || b.is_relocatable) unsupported('*');
            return felt_value(a.felt * b.felt);
        default:  // '/': div_mod(a, b, p) computes a * inverse(b)
            if (!b.is_relocatable && b.felt.is_zero())
                throw UncaughtEvalError(kSimplifierError, "Division by zero.");
            if (a.is_relocatable || b.is_relocatable) unsupported('*');
            return felt_value(a.felt / b.felt);
    }
}

EvalValue eval(const Expr& e, const EvalRegisters& regs, const MemoryReader& read) {
    switch (e.kind) {
        case Expr::Kind::Const:
            return felt_value(e.value);
        case Expr::Kind::Reg:
            if (e.reg == Register::Fp) return EvalValue::from(register_value(regs.fp));
            if (!regs.ap)
                throw UncaughtEvalError("AssertionError",
                                        "Cannot substitute ap in the expression.");
            return EvalValue::from(*regs.ap);
        case Expr::Kind::Operator: {
            // Left before right, as Python visits them (the first unknown cell is the one
            // reported).
            const EvalValue a = eval(*e.a, regs, read);
            const EvalValue b = eval(*e.b, regs, read);
            return apply(e.op, a, b);
        }
        case Expr::Kind::Neg: {
            const EvalValue v = eval(*e.a, regs, read);
            if (v.is_relocatable)
                python_type_error("bad operand type for unary -: 'RelocatableValue'");
            return felt_value(-v.felt);
        }
        case Expr::Kind::Parentheses:
            return eval(*e.a, regs, read);
        case Expr::Kind::Deref: {
            const EvalValue addr = eval(*e.a, regs, read);
            std::optional<MaybeRelocatable> cell;
            if (addr.is_relocatable) {
                if (const auto offset = addr.offset.to_u64())
                    cell = read(Relocatable{addr.segment, *offset});
            } else if (const auto at = integer_address(addr.felt)) {
                cell = read(*at);  // an int address; none is kept beyond kIntegerAddressLimit
            }
            if (!cell)
                throw EvaluatorFailure{"Unknown value for memory cell at address " +
                                       (addr.is_relocatable ? rel_text(addr) : addr.felt.to_dec()) +
                                       "."};
            return EvalValue::from(*cell);
        }
        case Expr::Kind::Pow:
            // ExpressionSimplifier.visit_ExprPow builds type(self)(prime=None), which the
            // evaluator's constructor rejects: cairo-lang cannot evaluate "**" at run time.
            python_type_error(
                "ExpressionEvaluator.__init__() missing 3 required positional arguments: 'ap', "
                "'fp', "
                "and 'memory'");
        default:
            throw UncaughtEvalError("AssertionError",
                                    "Unable to evaluate expression '" + e.format() + "'.");
    }
}

ExprPtr substitute_ap(const ExprPtr& e, int64_t diff) {
    if (!e->uses_register(Register::Ap)) return e;
    Expr out = *e;
    if (e->kind == Expr::Kind::Reg) {
        // ap at the definition is the current ap minus the ap change since then.
        Expr reg = *e;
        Expr c;
        c.kind = Expr::Kind::Const;
        c.value = Felt::from_i64(diff);
        c.text = std::to_string(diff);
        out = Expr{};
        out.kind = Expr::Kind::Operator;
        out.op = '-';
        out.a = std::make_shared<const Expr>(std::move(reg));
        out.b = std::make_shared<const Expr>(std::move(c));
        return std::make_shared<const Expr>(std::move(out));
    }
    if (out.a) out.a = substitute_ap(out.a, diff);
    if (out.b) out.b = substitute_ap(out.b, diff);
    for (Expr::TupleItem& item : out.items) item.expr = substitute_ap(item.expr, diff);
    return std::make_shared<const Expr>(std::move(out));
}

/// ReferenceExpressionComplexityVisitor: nullopt for a node outside the simple grammar.
std::optional<int> complexity(const Expr& e) {
    switch (e.kind) {
        case Expr::Kind::Const:
        case Expr::Kind::Reg:
            return 1;
        case Expr::Kind::Operator: {
            if (e.op == '/') return std::nullopt;
            const auto a = complexity(*e.a);
            const auto b = complexity(*e.b);
            if (!a || !b) return std::nullopt;
            return *a + *b + 1;
        }
        case Expr::Kind::Neg:
        case Expr::Kind::Parentheses:
        case Expr::Kind::Deref:
            if (const auto inner = complexity(*e.a)) return *inner + 1;
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

}  // namespace

UncaughtEvalError::UncaughtEvalError(std::string python_class, std::string message)
    : Error(message.empty() ? python_class : python_class + ": " + message),
      m_class(std::move(python_class)),
      m_message(std::move(message)) {}

EvalValue EvalValue::from(const MaybeRelocatable& v) {
    if (!v.is_relocatable()) return felt_value(v.felt());
    const Relocatable r = v.relocatable();
    return rel_value(r.segment, Felt::from_u64(r.offset));
}

std::optional<MaybeRelocatable> EvalValue::to_maybe_relocatable() const {
    if (!is_relocatable) return MaybeRelocatable(felt);
    if (const auto off = offset.to_u64()) return MaybeRelocatable(Relocatable{segment, *off});
    return std::nullopt;
}

std::string EvalValue::decimal_repr() const {
    return is_relocatable ? rel_text(*this) : felt.to_signed_dec();
}

EvalResult evaluate_simplified(const Expr& simplified, const EvalRegisters& regs,
                               const MemoryReader& read) {
    try {
        return eval(simplified, regs, read);
    } catch (const EvaluatorFailure& f) {
        return EvalError{EvalFailure::EvaluatorError, f.message};
    }
}

EvalResult evaluate_expr(const Program& program, const ExprPtr& expr, const EvalRegisters& regs,
                         const MemoryReader& read) {
    const TypedExpr typed = simplify_types(program.identifiers, expr);
    const auto kind = typed.type->kind;
    if (kind != CairoType::Kind::Felt && kind != CairoType::Kind::Pointer)
        return EvalError{EvalFailure::EvaluatorError,
                         "Unable to evaluate expression of type '" + typed.type->format() + "'."};
    return evaluate_simplified(*typed.expr, regs, read);
}

std::optional<ExprPtr> reference_at(const Reference& reference, const ApTracking& at) {
    if (at.group == reference.ap_tracking_data.group)
        return substitute_ap(reference.value, at.offset - reference.ap_tracking_data.offset);
    if (reference.value->uses_register(Register::Ap)) return std::nullopt;
    return reference.value;
}

bool is_simple_reference(const Expr& expr, int simplicity_bound) {
    const Expr* e = &expr;
    if (e->kind == Expr::Kind::Deref) {
        e = e->a.get();
        --simplicity_bound;
    }
    if (e->kind == Expr::Kind::Cast) {
        e = e->a.get();
        --simplicity_bound;
    }
    const auto c = complexity(*e);
    return c && *c < simplicity_bound;
}

}  // namespace xcairo
