#pragma once
// The Python side of patricia.cairo's hints: starkware/cairo/common/patricia_utils.py (canonic,
// get_children, preimage_tree, get_descents, patricia_guess_descents), with the frames of their
// failures. (merkle_tree.py's build_update_tree and decode_node: hints/update_tree.hpp.)
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "hints/scope_variables.hpp"
#include "hints/update_tree.hpp"

namespace xcairo::patricia {

/// The Python type name of a tree value ('NoneType', 'tuple', 'int', 'RelocatableValue').
std::string type_name(const UpdateNode& node);

/// The preimage dict: node hash -> its children (left, right) or its edge (length, path, bottom).
using Preimage = NodePreimage;
using PreimagePtr = NodePreimagePtr;

/// A descent of descent_map: (length, word).
struct Descent {
    Felt length;
    Felt word;
};
/// descent_map: (height, path) -> descent.
struct HeightPath {
    uint64_t height;
    Felt path;
    bool operator<(const HeightPath& o) const {
        return height != o.height ? height < o.height : path.compare(o.path) < 0;
    }
};
using DescentMap = std::map<HeightPath, Descent>;
using DescentMapPtr = std::shared_ptr<const DescentMap>;

/// patricia_guess_descents(height, node, preimage, prev_root, new_root) called on hint line `line`.
DescentMap patricia_guess_descents(uint64_t height, const UpdateNode& node,
                                   const Preimage& preimage, const Felt& prev_root,
                                   const Felt& new_root, int64_t line);

/// Python's ValueError text for unpacking `got` values into `expected` names.
std::string unpack_error(size_t expected, size_t got);

/// Python's `value >> shift` for a non-negative value and shift (0 once shift >= 256).
Felt shift_right(const Felt& value, const Felt& shift);

}  // namespace xcairo::patricia
