// Parser and formatter for the Cairo expressions and types stored in compiled programs
// (the subset of cairo.ebnf that references, member types and casts use).
#include "vmcore/cairo_expr.hpp"

#include <cctype>
#include <utility>

namespace xcairo {
namespace {

enum class Tok { End, Int, Hex, ShortString, Name, Punct };

struct Token {
    Tok kind = Tok::End;
    std::string text;
    size_t pos = 0;
};

/// Splits the text into tokens; punctuation tokens are "**" or single characters.
class Lexer {
  public:
    explicit Lexer(std::string_view text) : m_text(text) { advance(); }

    const Token& peek() const { return m_current; }
    Token take() {
        Token t = std::move(m_current);
        advance();
        return t;
    }
    bool accept(std::string_view punct) {
        if (m_current.kind != Tok::Punct || m_current.text != punct) return false;
        advance();
        return true;
    }
    bool accept_name(std::string_view name) {
        if (m_current.kind != Tok::Name || m_current.text != name) return false;
        advance();
        return true;
    }
    void expect(std::string_view punct) {
        if (!accept(punct)) fail("expected '" + std::string(punct) + "'");
    }
    [[noreturn]] void fail(const std::string& what) const {
        const std::string found =
            m_current.kind == Tok::End ? "end of text" : "'" + m_current.text + "'";
        throw CairoSyntaxError("cannot parse '" + std::string(m_text) + "': " + what + ", found " +
                               found + " at column " + std::to_string(m_current.pos + 1));
    }

  private:
    static bool is_name_start(char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
    }
    static bool is_name_char(char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    }

    void advance() {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
        m_current = Token{};
        m_current.pos = m_pos;
        if (m_pos >= m_text.size()) return;
        const char c = m_text[m_pos];
        size_t end = m_pos + 1;
        if (c == '0' && end < m_text.size() && m_text[end] == 'x') {
            ++end;
            while (end < m_text.size() && std::isxdigit(static_cast<unsigned char>(m_text[end])))
                ++end;
            m_current.kind = Tok::Hex;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (end < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[end])))
                ++end;
            m_current.kind = Tok::Int;
        } else if (is_name_start(c)) {
            while (end < m_text.size() && is_name_char(m_text[end])) ++end;
            m_current.kind = Tok::Name;
        } else if (c == '\'') {
            while (end < m_text.size() && m_text[end] != '\'') ++end;
            if (end >= m_text.size()) {
                m_pos = m_text.size();
                fail("unterminated short string");
            }
            ++end;
            m_current.kind = Tok::ShortString;
        } else if (c == '*' && end < m_text.size() && m_text[end] == '*') {
            ++end;
            m_current.kind = Tok::Punct;
        } else if (std::string_view("+-*/&[](),.:=").find(c) != std::string_view::npos) {
            m_current.kind = Tok::Punct;
        } else {
            m_current.kind = Tok::Punct;
            m_current.text = std::string(1, c);
            fail("unexpected character");
        }
        m_current.text = std::string(m_text.substr(m_pos, end - m_pos));
        m_pos = end;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    Token m_current;
};

ExprPtr make(Expr e) { return std::make_shared<const Expr>(std::move(e)); }

/// Recursive-descent parser following the precedence levels of cairo.ebnf.
class Parser {
  public:
    explicit Parser(std::string_view text) : m_lex(text) {}

    ExprPtr whole_expr() {
        ExprPtr e = expr();
        if (m_lex.peek().kind != Tok::End) m_lex.fail("unexpected token");
        return e;
    }
    CairoTypePtr whole_type() {
        CairoTypePtr t = type();
        if (m_lex.peek().kind != Tok::End) m_lex.fail("unexpected token");
        return t;
    }

  private:
    ExprPtr expr() {
        ExprPtr left = product();
        for (;;) {
            char op = 0;
            if (m_lex.accept("+"))
                op = '+';
            else if (m_lex.accept("-"))
                op = '-';
            else
                return left;
            left = make_operator(op, std::move(left), product());
        }
    }

    ExprPtr product() {
        ExprPtr left = unary();
        for (;;) {
            char op = 0;
            if (m_lex.accept("*"))
                op = '*';
            else if (m_lex.accept("/"))
                op = '/';
            else
                return left;
            left = make_operator(op, std::move(left), unary());
        }
    }


    ExprPtr unary() {
        Expr e;
        if (m_lex.accept("-"))
            e.kind = Expr::Kind::Neg;
        else if (m_lex.accept("&"))
            e.kind = Expr::Kind::AddressOf;
        else
            return pow();
        e.a = unary();
        return make(std::move(e));
    }

    ExprPtr pow() {
        ExprPtr base = atom();
        if (!m_lex.accept("**")) return base;
        Expr e;
        e.kind = Expr::Kind::Pow;
        e.a = std::move(base);
        e.b = pow();
        return make(std::move(e));
    }

    ExprPtr atom() {
        ExprPtr e = primary();
        for (;;) {
            if (m_lex.accept("[")) {
                Expr s;
                s.kind = Expr::Kind::Subscript;
                s.a = std::move(e);
                s.b = expr();
                m_lex.expect("]");
                e = make(std::move(s));
            } else if (m_lex.accept(".")) {
                if (m_lex.peek().kind != Tok::Name) m_lex.fail("expected a member name");
                Expr d;
                d.kind = Expr::Kind::Dot;
                d.a = std::move(e);
                d.text = m_lex.take().text;
                e = make(std::move(d));
            } else {
                return e;
            }
        }
    }

    ExprPtr primary() {
        const Token& t = m_lex.peek();
        Expr e;
        switch (t.kind) {
            case Tok::Int:
            case Tok::Hex: {
                e.kind = Expr::Kind::Const;
                e.text = t.text;
                e.value = *Felt::parse(t.text);
                m_lex.take();
                return make(std::move(e));
            }
            case Tok::ShortString: {
                e.kind = Expr::Kind::Const;
                e.text = t.text;
                Felt v;
                const Felt base = Felt::from_u64(256);
                for (size_t i = 1; i + 1 < t.text.size(); ++i)
                    v = v * base + Felt::from_u64(static_cast<unsigned char>(t.text[i]));
                e.value = v;
                m_lex.take();
                return make(std::move(e));
            }
            case Tok::Name:
                return name_atom();
            case Tok::Punct:
                if (m_lex.accept("[")) {
                    e.kind = Expr::Kind::Deref;
                    e.a = expr();
                    m_lex.expect("]");
                    return make(std::move(e));
                }
                if (m_lex.accept("(")) return parentheses_or_tuple();
                break;
            case Tok::End:
                break;
        }
        m_lex.fail("expected an expression");
    }

    ExprPtr name_atom() {
        Expr e;
        if (m_lex.peek().text == "ap" || m_lex.peek().text == "fp") {
            e.kind = Expr::Kind::Reg;
            e.reg = m_lex.take().text == "fp" ? Register::Fp : Register::Ap;
            return make(std::move(e));
        }
        if (m_lex.accept_name("cast")) {
            m_lex.expect("(");
            e.kind = Expr::Kind::Cast;
            e.a = expr();
            m_lex.expect(",");
            e.type = type();
            m_lex.accept(",");
            m_lex.expect(")");
            return make(std::move(e));
        }
        e.kind = Expr::Kind::Identifier;
        e.text = m_lex.take().text;
        // identifier: IDENTIFIER ("." IDENTIFIER)* binds the dots before atom "." member does.
        while (m_lex.peek().kind == Tok::Punct && m_lex.peek().text == ".") {
            m_lex.take();
            if (m_lex.peek().kind != Tok::Name) m_lex.fail("expected a name after '.'");
            e.text += "." + m_lex.take().text;
        }
        return make(std::move(e));
    }

    ExprPtr parentheses_or_tuple() {
        std::vector<Expr::TupleItem> items;
        bool trailing_comma = false;
        while (!m_lex.accept(")")) {
            Expr::TupleItem item;
            item.expr = expr();
            if (item.expr->kind == Expr::Kind::Identifier && m_lex.accept("=")) {
                item.name = item.expr->text;
                item.expr = expr();
            }
            items.push_back(std::move(item));
            trailing_comma = m_lex.accept(",");
            if (!trailing_comma) {
                m_lex.expect(")");
                break;
            }
        }
        Expr e;
        if (items.size() == 1 && !trailing_comma && !items[0].name) {
            e.kind = Expr::Kind::Parentheses;
            e.a = items[0].expr;
        } else {
            e.kind = Expr::Kind::Tuple;
            e.items = std::move(items);
            e.trailing_comma = trailing_comma;
        }
        return make(std::move(e));
    }

    CairoTypePtr type() { return pointer_suffix(base_type()); }

    std::string dotted_name() {
        if (m_lex.peek().kind != Tok::Name) m_lex.fail("expected a type");
        std::string name = m_lex.take().text;
        while (m_lex.accept(".")) {
            if (m_lex.peek().kind != Tok::Name) m_lex.fail("expected a name after '.'");
            name += "." + m_lex.take().text;
        }
        return name;
    }

    CairoTypePtr base_type() {
        CairoType t;
        if (m_lex.accept("(")) {
            t.kind = CairoType::Kind::Tuple;
            while (!m_lex.accept(")")) {
                CairoType::Item item;
                if (m_lex.peek().kind == Tok::Name && m_lex.peek().text != "felt" &&
                    m_lex.peek().text != "codeoffset") {
                    std::string name = dotted_name();
                    if (m_lex.accept(":")) {
                        item.name = std::move(name);
                        item.type = type();
                    } else {
                        item.type = pointer_suffix(named_struct(std::move(name)));
                    }
                } else {
                    item.type = type();
                }
                t.members.push_back(std::move(item));
                t.trailing_comma = m_lex.accept(",");
                if (!t.trailing_comma) {
                    m_lex.expect(")");
                    break;
                }
            }
            return std::make_shared<const CairoType>(std::move(t));
        }
        if (m_lex.accept_name("felt")) return CairoType::felt();
        if (m_lex.accept_name("codeoffset")) {
            t.kind = CairoType::Kind::Codeoffset;
            return std::make_shared<const CairoType>(std::move(t));
        }
        return named_struct(dotted_name());
    }

    CairoTypePtr pointer_suffix(CairoTypePtr t) {
        for (;;) {
            if (m_lex.accept("*"))
                t = CairoType::pointer_to(std::move(t));
            else if (m_lex.accept("**"))
                t = CairoType::pointer_to(CairoType::pointer_to(std::move(t)));
            else
                return t;
        }
    }

    static CairoTypePtr named_struct(std::string name) {
        CairoType t;
        t.kind = CairoType::Kind::Struct;
        t.struct_name = std::move(name);
        return std::make_shared<const CairoType>(std::move(t));
    }

    Lexer m_lex;
};

// ----- formatting (cairo-lang's ExpressionString precedence rules) -----

enum Prec { Lowest, Plus, Mul, PowP, AddrOf, Highest };

struct Formatted {
    std::string text;
    Prec prec;
    std::string at(Prec needed) const { return prec < needed ? "(" + text + ")" : text; }
};

Formatted format_expr(const Expr& e) {
    switch (e.kind) {
        case Expr::Kind::Const:
            // Constants built by evaluation may be negative; those print like a unary minus.
            return {e.text, !e.text.empty() && e.text[0] == '-' ? Lowest : Highest};
        case Expr::Kind::Reg:
            return {e.reg == Register::Ap ? "ap" : "fp", Highest};
        case Expr::Kind::Identifier:
            return {e.text, Highest};
        case Expr::Kind::Operator: {
            const Formatted a = format_expr(*e.a);
            const Formatted b = format_expr(*e.b);
            switch (e.op) {
                case '+':
                    return {a.at(Plus) + " + " + b.at(Plus), Plus};
                case '-':
                    return {a.at(Plus) + " - " + b.at(Mul), Plus};
                case '*':
                    return {a.at(Mul) + " * " + b.at(Mul), Mul};
                default:
                    return {a.at(Mul) + " / " + b.at(PowP), Mul};
            }
        }
        case Expr::Kind::Pow:
            return {format_expr(*e.a).at(Highest) + " ** " + format_expr(*e.b).at(Highest), PowP};
        case Expr::Kind::Neg:
            return {"-" + format_expr(*e.a).at(AddrOf), Lowest};
        case Expr::Kind::AddressOf:
            return {"&" + format_expr(*e.a).at(AddrOf), AddrOf};
        case Expr::Kind::Parentheses:
            return {"(" + format_expr(*e.a).text + ")", Highest};
        case Expr::Kind::Deref:
            return {"[" + format_expr(*e.a).text + "]", Highest};
        case Expr::Kind::Subscript:
            return {format_expr(*e.a).at(Highest) + "[" + format_expr(*e.b).text + "]", Highest};
        case Expr::Kind::Dot:
            return {format_expr(*e.a).at(Highest) + "." + e.text, Highest};
        case Expr::Kind::Cast:
            return {"cast(" + format_expr(*e.a).text + ", " + e.type->format() + ")", Highest};
        case Expr::Kind::Tuple: {
            std::string s = "(";
            for (size_t i = 0; i < e.items.size(); ++i) {
                if (i > 0) s += ", ";
                if (e.items[i].name) s += *e.items[i].name + "=";
                s += format_expr(*e.items[i].expr).text;
            }
            if (e.trailing_comma) s += ",";
            return {s + ")", Highest};
        }
    }
    return {"", Highest};
}

}  // namespace

CairoTypePtr CairoType::felt() {
    static const CairoTypePtr instance = std::make_shared<const CairoType>();
    return instance;
}

CairoTypePtr CairoType::pointer_to(CairoTypePtr pointee) {
    CairoType t;
    t.kind = Kind::Pointer;
    t.pointee = std::move(pointee);
    return std::make_shared<const CairoType>(std::move(t));
}

std::string CairoType::format() const {
    switch (kind) {
        case Kind::Felt:
            return "felt";
        case Kind::Codeoffset:
            return "codeoffset";
        case Kind::Pointer:
            return pointee->format() + "*";
        case Kind::Struct:
            return struct_name;
        case Kind::Tuple: {
            std::string s = "(";
            for (size_t i = 0; i < members.size(); ++i) {
                if (i > 0) s += ", ";
                if (members[i].name) s += *members[i].name + ": ";
                s += members[i].type->format();
            }
            // A lone unnamed item keeps its comma, as TypeTuple.to_particle prints it.
            if (members.size() == 1 && !members[0].name) s += ",";
            return s + ")";
        }
    }
    return {};
}

bool CairoType::is_named_tuple() const {
    for (const Item& m : members)
        if (!m.name) return false;
    return true;
}

bool operator==(const CairoType& a, const CairoType& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case CairoType::Kind::Felt:
        case CairoType::Kind::Codeoffset:
            return true;
        case CairoType::Kind::Pointer:
            return *a.pointee == *b.pointee;
        case CairoType::Kind::Struct:
            return a.struct_name == b.struct_name;
        case CairoType::Kind::Tuple:
            if (a.members.size() != b.members.size()) return false;
            for (size_t i = 0; i < a.members.size(); ++i)
                if (a.members[i].name != b.members[i].name ||
                    !(*a.members[i].type == *b.members[i].type))
                    return false;
            return true;
    }
    return false;
}

std::string Expr::format() const { return format_expr(*this).text; }

bool Expr::uses_register(Register r) const {
    if (kind == Kind::Reg) return reg == r;
    if (a && a->uses_register(r)) return true;
    if (b && b->uses_register(r)) return true;
    for (const TupleItem& item : items)
        if (item.expr->uses_register(r)) return true;
    return false;
}

ExprPtr make_operator(char op, ExprPtr a, ExprPtr b) {
    Expr e;
    e.kind = Expr::Kind::Operator;
    e.op = op;
    e.a = std::move(a);
    e.b = std::move(b);
    return std::make_shared<const Expr>(std::move(e));
}

ExprPtr parse_cairo_expr(std::string_view text) { return Parser(text).whole_expr(); }

CairoTypePtr parse_cairo_type(std::string_view text) { return Parser(text).whole_type(); }

}  // namespace xcairo
