#pragma once
// `ids.name` of a hint, resolved once at load (cairo-lang's VmConsts): the reference seen with
// the hint's ap tracking, type-simplified, or a constant.
#include <string>
#include <string_view>

#include "vmcore/hint_executor.hpp"

namespace xcairo {

/// One resolved `ids.name` (a dotted member path such as "dict_ptr.key" is one name).
struct IdsRef {
    enum class Kind {
        Value,    ///< a felt or pointer expression (value_expr)
        Address,  ///< a struct-typed reference: its address (value_expr) is the value, as T*
        Const,    ///< a constant, a struct's SIZE or a member's offset
        StructName,  ///< a struct's name (type): ids.T.SIZE and ids.T.member are read through it
        Error,    ///< resolution failed: `error` is raised when the hint reads or writes it
    };
    std::string name;
    Kind kind = Kind::Error;
    ExprPtr value_expr;    ///< Value, Address
    ExprPtr address_expr;  ///< the cell of a Value reference (for ids.name = v), or null
    CairoTypePtr type;     ///< Value: felt or T*; Address: T*
    Felt constant;
    std::string error_class;  ///< Error: the Python exception class and message
    std::string error;
};

/// Resolves `ids.name` for the hint (no evaluation: that happens per execution).
IdsRef resolve_ids(const Program& program, const Hint& hint, std::string_view name);

/// The value of ids.name now; throws HintError (hint_line is the line that reads it).
IdsValue read_ids(const IdsRef& ref, const HintContext& context, int64_t hint_line = 0);
/// ids.name = value; throws HintError.
void write_ids(const IdsRef& ref, HintContext& context, const MaybeRelocatable& value,
               int64_t hint_line = 0);

}  // namespace xcairo
