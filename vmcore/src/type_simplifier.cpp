// simplify_type_system (type_system_visitor.py): types every node, checks casts, and rewrites
// member access, subscripts and & into plain arithmetic and dereferences.
#include <utility>

#include "vmcore/reference_eval.hpp"

namespace xcairo {
namespace {

const char* const kCairoTypeError = "starkware.cairo.lang.compiler.type_casts.CairoTypeError";

[[noreturn]] void type_error(const std::string& message) {
    throw UncaughtEvalError(kCairoTypeError, message);
}

std::string quoted(const CairoType& t) { return "'" + t.format() + "'"; }

ExprPtr make(Expr e) { return std::make_shared<const Expr>(std::move(e)); }

ExprPtr deref(ExprPtr addr) {
    Expr e;
    e.kind = Expr::Kind::Deref;
    e.a = std::move(addr);
    return make(std::move(e));
}

ExprPtr constant(int64_t v) {
    Expr e;
    e.kind = Expr::Kind::Const;
    e.value = Felt::from_i64(v);
    e.text = std::to_string(v);
    return make(std::move(e));
}

CairoTypePtr felt_type() { return CairoType::felt(); }

bool is_felt(const CairoType& t) { return t.kind == CairoType::Kind::Felt; }
bool is_pointer(const CairoType& t) { return t.kind == CairoType::Kind::Pointer; }
bool is_felt_or_pointer(const CairoType& t) { return is_felt(t) || is_pointer(t); }

/// The class name Python would report for a node that is not a constant.
const char* expr_class(const Expr& e) {
    switch (e.kind) {
        case Expr::Kind::Const:
            return "ExprConst";
        case Expr::Kind::Reg:
            return "ExprReg";
        case Expr::Kind::Identifier:
            return "ExprIdentifier";
        case Expr::Kind::Operator:
            return "ExprOperator";
        case Expr::Kind::Pow:
            return "ExprPow";
        case Expr::Kind::Neg:
            return "ExprNeg";
        case Expr::Kind::AddressOf:
            return "ExprAddressOf";
        case Expr::Kind::Parentheses:
            return "ExprParentheses";
        case Expr::Kind::Deref:
            return "ExprDeref";
        case Expr::Kind::Subscript:
            return "ExprSubscript";
        case Expr::Kind::Dot:
            return "ExprDot";
        case Expr::Kind::Cast:
            return "ExprCast";
        case Expr::Kind::Tuple:
            return "ExprTuple";
    }
    return "Expression";
}

/// ExpressionSimplifier() without a prime over a tuple index: integer constant folding.
std::optional<int64_t> fold_index(const Expr& e, const char** failed_class) {
    switch (e.kind) {
        case Expr::Kind::Const:
            if (const auto v = e.value.to_i64()) return *v;
            break;
        case Expr::Kind::Parentheses:
            return fold_index(*e.a, failed_class);
        case Expr::Kind::Neg:
            if (const auto v = fold_index(*e.a, failed_class)) return -*v;
            return std::nullopt;
        case Expr::Kind::Operator: {
            const auto a = fold_index(*e.a, failed_class);
            const auto b = fold_index(*e.b, failed_class);
            if (!a || !b) {
                *failed_class = "ExprOperator";
                return std::nullopt;
            }
            if (e.op == '+') return *a + *b;
            if (e.op == '-') return *a - *b;
            if (e.op == '*') return *a * *b;
            break;
        }
        default:
            break;
    }
    *failed_class = expr_class(e);
    return std::nullopt;
}

class TypeSimplifier {
  public:
    explicit TypeSimplifier(const IdentifierTable& ids) : m_ids(ids) {}

    TypedExpr visit(const ExprPtr& e) {
        switch (e->kind) {
            case Expr::Kind::Const:
            case Expr::Kind::Reg:
                return {e, felt_type()};
            case Expr::Kind::Identifier:
                type_error("Identifier '" + e->text + "' is not allowed in this context.");
            case Expr::Kind::Operator:
                return visit_operator(*e);
            case Expr::Kind::Pow: {
                TypedExpr a = visit(e->a);
                TypedExpr b = visit(e->b);
                if (!is_felt(*a.type) && is_felt(*b.type))
                    type_error("Operator '**' is not implemented for types " + quoted(*a.type) +
                               " and " + quoted(*b.type) + ".");
                return {rebuild(*e, a.expr, b.expr), felt_type()};
            }
            case Expr::Kind::AddressOf: {
                TypedExpr inner = visit(e->a);
                return {address_of(*inner.expr), CairoType::pointer_to(inner.type)};
            }
            case Expr::Kind::Neg: {
                TypedExpr inner = visit(e->a);
                if (!is_felt(*inner.type))
                    type_error("Unary '-' is not supported for type " + quoted(*inner.type) + ".");
                return {rebuild(*e, inner.expr, nullptr), felt_type()};
            }
            case Expr::Kind::Parentheses:
                return visit(e->a);
            case Expr::Kind::Deref: {
                TypedExpr addr = visit(e->a);
                if (is_felt(*addr.type)) return {rebuild(*e, addr.expr, nullptr), felt_type()};
                if (is_pointer(*addr.type))
                    return {rebuild(*e, addr.expr, nullptr), addr.type->pointee};
                type_error("Cannot dereference type " + quoted(*addr.type) + ".");
            }
            case Expr::Kind::Subscript:
                return visit_subscript(*e);
            case Expr::Kind::Dot:
                return visit_dot(*e);
            case Expr::Kind::Cast: {
                TypedExpr inner = visit(e->a);
                check_cast(*inner.type, *e->type, *inner.expr);
                return {inner.expr, e->type};
            }
            case Expr::Kind::Tuple: {
                Expr out = *e;
                CairoType type;
                type.kind = CairoType::Kind::Tuple;
                for (Expr::TupleItem& item : out.items) {
                    TypedExpr member = visit(item.expr);
                    type.members.push_back({item.name, member.type});
                    item = {std::nullopt, member.expr};
                }
                return {make(std::move(out)), std::make_shared<const CairoType>(std::move(type))};
            }
        }
        type_error("Unsupported expression.");
    }

  private:
    static ExprPtr rebuild(const Expr& e, ExprPtr a, ExprPtr b) {
        Expr out = e;
        out.a = std::move(a);
        out.b = std::move(b);
        return make(std::move(out));
    }

    static ExprPtr address_of(const Expr& e) {
        if (e.kind != Expr::Kind::Deref) type_error("Expression has no address.");
        return e.a;
    }

    int64_t size_of(const CairoType& t) const {
        try {
            return m_ids.type_size(t);
        } catch (const IdentifierError& ex) {
            type_error(ex.what());
        }
    }

    TypedExpr visit_operator(const Expr& e) {
        TypedExpr a = visit(e.a);
        TypedExpr b = visit(e.b);
        const CairoType& ta = *a.type;
        const CairoType& tb = *b.type;
        CairoTypePtr result;
        if (is_felt(ta) && is_felt(tb))
            result = felt_type();
        else if (is_pointer(ta) && is_felt(tb) && (e.op == '+' || e.op == '-'))
            result = a.type;
        else if (is_felt(ta) && is_pointer(tb) && e.op == '+')
            result = b.type;
        else if ((is_pointer(ta) || ta.kind == CairoType::Kind::Codeoffset) && ta == tb &&
                 e.op == '-')
            result = felt_type();
        else
            type_error(std::string("Operator '") + e.op + "' is not implemented for types " +
                       quoted(ta) + " and " + quoted(tb) + ".");
        return {rebuild(e, a.expr, b.expr), result};
    }

    TypedExpr visit_subscript(const Expr& e) {
        TypedExpr inner = visit(e.a);
        TypedExpr offset = visit(e.b);
        const CairoType& t = *inner.type;
        const auto verify_offset = [&] {
            if (!is_felt(*offset.type))
                type_error("Cannot apply subscript-operator with offset of non-felt type " +
                           quoted(*offset.type) + ".");
        };
        if (t.kind == CairoType::Kind::Tuple) {
            verify_offset();
            const char* failed = "Expression";
            const auto index = fold_index(*offset.expr, &failed);
            if (!index)
                type_error(std::string("Subscript-operator for tuples supports only constant "
                                       "offsets, found '") +
                           failed + "'.");
            const auto n = int64_t(t.members.size());
            if (*index < 0 || *index >= n)
                type_error("Tuple index " + std::to_string(*index) + " is out of range [0, " +
                           std::to_string(n) + ").");
            const CairoTypePtr item_type = t.members[size_t(*index)].type;
            if (inner.expr->kind == Expr::Kind::Tuple)
                return {inner.expr->items[size_t(*index)].expr, item_type};
            if (inner.expr->kind == Expr::Kind::Deref) {
                int64_t skip = 0;
                for (int64_t i = 0; i < *index; ++i) skip += size_of(*t.members[size_t(i)].type);
                return {deref(make_operator('+', inner.expr->a, constant(skip))), item_type};
            }
            type_error(
                std::string("Unexpected expression typed as TypeTuple. Expected ExprTuple or "
                            "ExprDeref, found '") +
                expr_class(*inner.expr) + "'.");
        }
        if (is_pointer(t)) {
            verify_offset();
            const int64_t element_size = size_of(*t.pointee);
            ExprPtr scaled = make_operator('*', offset.expr, constant(element_size));
            return {deref(make_operator('+', inner.expr, std::move(scaled))), t.pointee};
        }
        type_error("Cannot apply subscript-operator to non-pointer, non-tuple type " + quoted(t) +
                   ".");
    }

    TypedExpr visit_dot(const Expr& e) {
        TypedExpr inner = visit(e.a);
        CairoTypePtr type = inner.type;
        ExprPtr base = inner.expr;
        const auto is_aggregate = [](const CairoType& t) {
            return t.kind == CairoType::Kind::Struct || t.kind == CairoType::Kind::Tuple;
        };
        if (is_pointer(*type)) {
            if (!is_aggregate(*type->pointee))
                type_error("Cannot apply dot-operator to pointer-to-non-struct type " +
                           quoted(*type) + ".");
            type = type->pointee;  // "." acts as "->" once
        } else if (is_aggregate(*type)) {
            if (base->kind == Expr::Kind::Tuple)
                type_error(
                    "Accessing struct/tuple members for r-value structs is not supported yet.");
            base = address_of(*base);
        } else {
            type_error("Cannot apply dot-operator to non-struct type " + quoted(*type) + ".");
        }

        CairoTypePtr member_type;
        int64_t member_offset = 0;
        if (type->kind == CairoType::Kind::Struct) {
            const Identifier* def = nullptr;
            try {
                def = &m_ids.struct_definition(type->struct_name);
            } catch (const IdentifierError& ex) {
                type_error(ex.what());
            }
            const Member* member = def->member(e.text);
            if (member == nullptr)
                type_error("Member '" + e.text + "' does not appear in definition of struct " +
                           quoted(*type) + ".");
            member_type = member->cairo_type;
            member_offset = member->offset;
        } else {
            if (!type->is_named_tuple())
                type_error("Cannot apply dot-operator to unnamed tuple type " + quoted(*type) +
                           ".");
            for (const CairoType::Item& item : type->members) {
                if (item.name == e.text) {
                    member_type = item.type;
                    break;
                }
                member_offset += size_of(*item.type);
            }
            if (!member_type)
                type_error("Member '" + e.text + "' does not appear in definition of tuple type " +
                           quoted(*type) + ".");
        }
        if (member_offset == 0) return {deref(base), member_type};
        return {deref(make_operator('+', base, constant(member_offset))), member_type};
    }

    /// type_casts.check_cast with CastType.EXPLICIT (every cast written in Cairo code).
    void check_cast(const CairoType& src, const CairoType& dest, const Expr& expr) const {
        if (src == dest) return;
        if (is_pointer(src) && is_pointer(dest) && is_felt(*dest.pointee)) return;
        if (src.kind == CairoType::Kind::Tuple && dest.kind == CairoType::Kind::Tuple) {
            check_tuple_cast(src, src.members, dest, dest.members, expr);
            return;
        }
        if (is_felt_or_pointer(src) && is_felt_or_pointer(dest)) return;
        const auto felt_or_codeoffset = [](const CairoType& t) {
            return is_felt(t) || t.kind == CairoType::Kind::Codeoffset;
        };
        if (felt_or_codeoffset(src) && felt_or_codeoffset(dest)) return;
        if (src.kind == CairoType::Kind::Tuple && dest.kind == CairoType::Kind::Struct) {
            const Identifier* def = nullptr;
            try {
                def = &m_ids.struct_definition(dest.struct_name);
            } catch (const IdentifierError& ex) {
                type_error(ex.what());
            }
            std::vector<CairoType::Item> dest_members;
            for (const Member& m : def->members) dest_members.push_back({m.name, m.cairo_type});
            check_tuple_cast(src, src.members, dest, dest_members, expr);
            return;
        }
        type_error("Cannot cast " + quoted(src) + " to " + quoted(dest) + ".");
    }

    /// verify_tuple_like_cast: same arity, matching names, members assignable (CastType.ASSIGN).
    void check_tuple_cast(const CairoType& src, const std::vector<CairoType::Item>& src_members,
                          const CairoType& dest, const std::vector<CairoType::Item>& dest_members,
                          const Expr& expr) const {
        if (src_members.size() != dest_members.size())
            type_error("Cannot cast an expression of type " + quoted(src) + " to " + quoted(dest) +
                       ".\nThe former has " + std::to_string(src_members.size()) +
                       " members while the latter has " + std::to_string(dest_members.size()) +
                       " members.");
        for (size_t i = 0; i < src_members.size(); ++i) {
            const auto& s = src_members[i];
            const auto& d = dest_members[i];
            if (s.name && d.name && *s.name != *d.name)
                type_error("Cannot cast " + quoted(src) + " to " + quoted(dest) +
                           ".\nExpected argument name '" + *d.name + "'. Found: '" + *s.name +
                           "'.");
            const Expr* item = expr.kind == Expr::Kind::Tuple ? expr.items[i].expr.get() : nullptr;
            if (!assignable(*s.type, *d.type, item))
                type_error("Cannot cast " + quoted(*s.type) + " to " + quoted(*d.type) + ".");
        }
    }

    /// check_cast with CastType.ASSIGN.
    bool assignable(const CairoType& src, const CairoType& dest, const Expr* expr) const {
        if (src == dest) return true;
        if (is_pointer(src) && is_pointer(dest) && is_felt(*dest.pointee)) return true;
        if (src.kind == CairoType::Kind::Tuple && dest.kind == CairoType::Kind::Tuple) {
            static const Expr kNoExpr;
            check_tuple_cast(src, src.members, dest, dest.members, expr ? *expr : kNoExpr);
            return true;
        }
        return false;
    }

    const IdentifierTable& m_ids;
};

}  // namespace

TypedExpr simplify_types(const IdentifierTable& identifiers, const ExprPtr& expr) {
    return TypeSimplifier(identifiers).visit(expr);
}

}  // namespace xcairo
