#pragma once
// Cairo types and expressions as compiled programs spell them ("[cast(fp + (-3), felt*)]",
// "__main__.Point*", "(x: felt, y: felt)"): parsed once at load time, evaluated by reference_eval.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vmcore/errors.hpp"
#include "vmcore/felt.hpp"

namespace xcairo {

/// A type or expression text that is not valid Cairo.
class CairoSyntaxError : public Error {
  public:
    using Error::Error;
};

struct CairoType;
using CairoTypePtr = std::shared_ptr<const CairoType>;

/// A resolved Cairo type: felt, codeoffset, T*, a struct (by full name) or a tuple.
struct CairoType {
    enum class Kind { Felt, Codeoffset, Pointer, Struct, Tuple };
    struct Item {
        std::optional<std::string> name;  ///< set in named tuples "(x: felt, y: felt)"
        CairoTypePtr type;
    };

    Kind kind = Kind::Felt;
    CairoTypePtr pointee;         ///< Pointer
    std::string struct_name;      ///< Struct: full scoped name
    std::vector<Item> members;    ///< Tuple
    bool trailing_comma = false;  ///< Tuple: "(felt,)" is a one-item tuple

    static CairoTypePtr felt();
    static CairoTypePtr pointer_to(CairoTypePtr pointee);

    /// The text cairo-lang's CairoType.format() gives.
    std::string format() const;
    /// True when every tuple item has a name (TypeTuple.is_named).
    bool is_named_tuple() const;
    friend bool operator==(const CairoType& a, const CairoType& b);
};

struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

enum class Register { Ap, Fp };

/// One node of a Cairo expression tree (cairo-lang's Expr* classes, kind-tagged).
struct Expr {
    enum class Kind {
        Const,        ///< value (decimal, hex or 'short string' literal)
        Reg,          ///< ap / fp
        Identifier,   ///< name (dotted)
        Operator,     ///< a op b, op one of + - * /
        Pow,          ///< a ** b
        Neg,          ///< -a
        AddressOf,    ///< &a
        Parentheses,  ///< (a)
        Deref,        ///< [a]
        Subscript,    ///< a[b]
        Dot,          ///< a.name
        Cast,         ///< cast(a, type)
        Tuple,        ///< (x=a, b, ...)
    };
    struct TupleItem {
        std::optional<std::string> name;
        ExprPtr expr;
    };

    Kind kind = Kind::Const;
    Felt value;        ///< Const: the literal modulo P
    std::string text;  ///< Const: literal as written; Identifier/Dot: the name
    Register reg = Register::Ap;
    char op = '+';
    ExprPtr a;          ///< operand, address, inner expression
    ExprPtr b;          ///< right operand, subscript offset, exponent
    CairoTypePtr type;  ///< Cast destination
    std::vector<TupleItem> items;
    bool trailing_comma = false;

    /// The text cairo-lang's Expression.format() gives (as stored in compiled JSON).
    std::string format() const;
    /// True when the register appears anywhere in the tree.
    bool uses_register(Register r) const;
};

/// A binary operator node `a op b` (op one of + - * / **).
ExprPtr make_operator(char op, ExprPtr a, ExprPtr b);

/// Parses an expression as stored in "value" fields of compiled programs.
/// Throws CairoSyntaxError.
ExprPtr parse_cairo_expr(std::string_view text);
/// Parses a type as stored in "cairo_type" fields; names are taken as struct names (resolved).
/// Throws CairoSyntaxError.
CairoTypePtr parse_cairo_type(std::string_view text);

}  // namespace xcairo
