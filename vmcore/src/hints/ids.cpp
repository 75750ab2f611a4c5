// ids resolution: VmConsts.handle_ReferenceDefinition / handle_ConstDefinition, compiled once.
#include "hints/ids.hpp"

#include <utility>

#include "vmcore/reference_eval.hpp"

namespace xcairo {
namespace {

IdsRef failed(IdsRef ref, std::string python_class, std::string message) {
    ref.kind = IdsRef::Kind::Error;
    ref.error_class = std::move(python_class);
    ref.error = std::move(message);
    return ref;
}

ExprPtr dot(ExprPtr inner, std::string member) {
    Expr e;
    e.kind = Expr::Kind::Dot;
    e.a = std::move(inner);
    e.text = std::move(member);
    return std::make_shared<const Expr>(std::move(e));
}

std::vector<std::string> split_dots(std::string_view s) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        const size_t dot_at = s.find('.', start);
        parts.emplace_back(s.substr(start, dot_at - start));
        if (dot_at == std::string_view::npos) return parts;
        start = dot_at + 1;
    }
}

IdsRef resolve_reference(IdsRef ref, const Program& program, const Hint& hint,
                         const IdentifierSearchResult& found) {
    const std::optional<uint64_t> id = hint.flow_tracking_data.reference_id(found.canonical_name);
    if (!id || *id >= program.references.size()) {
        return failed(std::move(ref), "starkware.cairo.lang.compiler.preprocessor.flow.MissingReferenceError",
                      "Missing reference " + found.canonical_name + ".");
    }
    const std::optional<ExprPtr> at =
        reference_at(program.references[*id], hint.flow_tracking_data.ap_tracking);
    if (!at) {
        return failed(std::move(ref), "starkware.cairo.lang.compiler.references.ApDeductionError",
                      "Reference '" + found.canonical_name + "' was revoked.");
    }
    ExprPtr expr = *at;
    if (!found.non_parsed.empty()) {
        for (std::string& member : split_dots(found.non_parsed)) expr = dot(expr, std::move(member));
    }
    TypedExpr typed;
    try {
        typed = simplify_types(program.identifiers, expr);
    } catch (const UncaughtEvalError& e) {
        return failed(std::move(ref), e.python_class(), e.message());
    }
    switch (typed.type->kind) {
        case CairoType::Kind::Struct:
            if (typed.expr->kind != Expr::Kind::Deref) {
                return failed(std::move(ref), "AssertionError",
                              "Expected expression of type '" + typed.type->format() +
                                  "' to have an address.");
            }
            ref.kind = IdsRef::Kind::Address;
            ref.value_expr = typed.expr->a;
            ref.type = CairoType::pointer_to(typed.type);
            return ref;
        case CairoType::Kind::Felt:
        case CairoType::Kind::Pointer:
            ref.kind = IdsRef::Kind::Value;
            ref.value_expr = typed.expr;
            if (typed.expr->kind == Expr::Kind::Deref) ref.address_expr = typed.expr->a;
            ref.type = typed.type;
            return ref;
        default:
            return failed(std::move(ref), "AssertionError", "Type must be of the form T*.");
    }
}

}  // namespace

IdsRef resolve_ids(const Program& program, const Hint& hint, std::string_view name) {
    IdsRef ref;
    ref.name = std::string(name);
    IdentifierSearchResult found;
    try {
        found = program.identifiers.search(hint.accessible_scopes, name);
    } catch (const MissingIdentifierError& e) {
        return failed(std::move(ref), "starkware.cairo.lang.compiler.identifier_manager.MissingIdentifierError",
                      "Unknown identifier '" + e.fullname() + "'.");
    } catch (const IdentifierError& e) {
        return failed(std::move(ref), "starkware.cairo.lang.compiler.identifier_manager.IdentifierError",
                      e.what());
    }
    const Identifier& def = *found.definition;
    switch (def.kind) {
        case IdentifierKind::Reference:
            return resolve_reference(std::move(ref), program, hint, found);
        case IdentifierKind::Const:
            if (!found.non_parsed.empty()) break;
            ref.kind = IdsRef::Kind::Const;
            ref.constant = def.value;
            return ref;
        case IdentifierKind::Struct:
            // ids.T itself, ids.T.SIZE, and ids.T.member: the member's offset.
            if (found.non_parsed.empty()) {
                ref.kind = IdsRef::Kind::StructName;
                auto type = std::make_shared<CairoType>();
                type->kind = CairoType::Kind::Struct;
                type->struct_name = def.full_name;
                ref.type = std::move(type);
                return ref;
            }
            if (found.non_parsed == "SIZE") {
                ref.kind = IdsRef::Kind::Const;
                ref.constant = Felt::from_i64(def.size);
                return ref;
            }
            for (const Member& member : def.members) {
                if (member.name != found.non_parsed) continue;
                ref.kind = IdsRef::Kind::Const;
                ref.constant = Felt::from_i64(member.offset);
                return ref;
            }
            break;
        case IdentifierKind::Member:
            if (!found.non_parsed.empty()) break;
            ref.kind = IdsRef::Kind::Const;
            ref.constant = Felt::from_i64(def.offset);
            return ref;
        default:
            break;
    }
    return failed(std::move(ref), "NotImplementedError",
                  "xcairo: ids." + std::string(name) + " (a " +
                      std::string(identifier_kind_name(def.kind)) + ") is not supported.");
}

namespace {

MaybeRelocatable evaluate(const IdsRef& ref, const ExprPtr& expr, const HintContext& context,
                          int64_t hint_line) {
    const MemoryReader read = [&context](const Relocatable& a) { return context.get(a); };
    EvalResult result;
    try {
        result = evaluate_simplified(*expr, EvalRegisters{context.ap(), context.fp()}, read);
    } catch (const UncaughtEvalError& e) {
        throw HintError(e.python_class(), e.message(), hint_line);
    }
    if (const EvalError* error = std::get_if<EvalError>(&result)) {
        throw HintError("starkware.cairo.lang.compiler.expression_evaluator.ExpressionEvaluatorError",
                        error->message, hint_line);
    }
    const std::optional<MaybeRelocatable> value = std::get<EvalValue>(result).to_maybe_relocatable();
    if (!value) {
        throw HintError("NotImplementedError",
                        "xcairo: ids." + ref.name + " is an address beyond 2^64.", hint_line);
    }
    return *value;
}

}  // namespace

IdsValue read_ids(const IdsRef& ref, const HintContext& context, int64_t hint_line) {
    switch (ref.kind) {
        case IdsRef::Kind::Const:
            return IdsValue{ref.constant, nullptr};
        case IdsRef::Kind::Error:
            throw HintError(ref.error_class, ref.error, hint_line);
        case IdsRef::Kind::StructName:
            return IdsValue{Felt(), ref.type};
        default:
            return IdsValue{evaluate(ref, ref.value_expr, context, hint_line), ref.type};
    }
}

void write_ids(const IdsRef& ref, HintContext& context, const MaybeRelocatable& value,
               int64_t hint_line) {
    if (ref.kind == IdsRef::Kind::Error) throw HintError(ref.error_class, ref.error, hint_line);
    if (ref.kind != IdsRef::Kind::Value || !ref.address_expr) {
        throw HintError("AssertionError",
                        "ids." + ref.name + " does not reference memory and cannot be assigned.",
                        hint_line);
    }
    const MaybeRelocatable address = evaluate(ref, ref.address_expr, context, hint_line);
    if (!address.is_relocatable()) {
        throw HintError("NotImplementedError",
                        "xcairo: ids." + ref.name + " is at an integer address.", hint_line);
    }
    context.set(address.relocatable(), value);
}

}  // namespace xcairo
