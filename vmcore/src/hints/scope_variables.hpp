#pragma once
// The scope variables that library hints read from their caller's hints (a program's
// `%{ initial_dict = {...} %}` before dict_new, `auth_path` before merkle_update…), and their
// native types: what ExecScopes takes from an executor's scope when native hints did not set them.
#include <any>
#include <memory>
#include <string>
#include <vector>

#include "hints/dict_manager.hpp"

namespace xcairo {

/// `preimage`: a Merkle or Patricia node's hash -> its children (or an edge's length, path and
/// bottom), as the caller's hint gives them.
using NodePreimage = std::map<Felt, std::vector<Felt>, FeltOrder>;
/// The scope variable's native type: shared, as each recursion level passes it to a new scope.
using NodePreimagePtr = std::shared_ptr<const NodePreimage>;

/// `initial_dict` as a caller's hint gives it: dict_new writes each value with segments.gen_arg.
struct CallerDict {
    std::vector<std::pair<Felt, ScopeValue>> entries;  ///< in the dict's order
};

/// segments.gen_arg(value): an int modulo P, a pointer as it is, a list or tuple (a dict: its
/// keys) in a new segment, recursively; HintError(ValueError, as memory reports it) for None.
MaybeRelocatable gen_arg(HintContext& context, const ScopeValue& value, int64_t line);

/// `auth_path`: the siblings from the root down (merkle_update pops them from the end).
using AuthPath = std::vector<Felt>;

/// True for a variable that library hints read but only their caller sets.
bool is_caller_variable(const std::string& name);

/// The native value of such a variable (CallerDict, AuthPath, NodePreimagePtr, an
/// int64_t for the size limits and __find_element_index, an empty std::any for None where the
/// library accepts None); HintError(TypeError, on `line`) naming the variable and the
/// type found when the value does not have the shape the library's hints use.
std::any caller_variable(const std::string& name, const ScopeValue& value, int64_t line);

}  // namespace xcairo
