#pragma once
// The scope variables of patricia.cairo's hints, as native hints keep them: `node`,
// `left_child`, `right_child`, `new_node` (UpdateNode), `case` (NodeCase), `descend`
// (std::optional<Descent>), `preimage` (NodePreimagePtr: a caller's Python dict comes through the
// scope bridge), `descent_map` (DescentMapPtr), `__patricia_skip_validation_runner` (None) and
// `common_args` (CommonArgsPtr).
#include <any>

#include "hints/patricia_tree.hpp"

namespace xcairo::patricia {

inline constexpr const char* kSkipValidationRunner = "__patricia_skip_validation_runner";

/// common_args: what every traversal scope gets besides its node.
struct CommonArgs {
    PreimagePtr preimage;
    DescentMapPtr descent_map;
    /// __patricia_skip_validation_runner: None (an empty std::any; the scope bridge refuses others,
    /// as xcairo validates every hash).
    std::any skip_validation_runner;
};
using CommonArgsPtr = std::shared_ptr<const CommonArgs>;

}  // namespace xcairo::patricia
