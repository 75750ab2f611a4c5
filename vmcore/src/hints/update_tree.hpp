#pragma once
// starkware/python/merkle_tree.py: the update tree that merkle_multi_update's (and patricia's)
// hints walk down in their `node` scope variable, and decode_node's `case`.
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "vmcore/hint_executor.hpp"

namespace xcairo {

struct UpdateTree;
/// A tree of build_update_tree; nullptr is Python's None.
using UpdateNode = std::shared_ptr<const UpdateTree>;

struct UpdateTree {
    std::optional<MaybeRelocatable> leaf;  ///< a leaf: the modification's new value
    UpdateNode left, right;                ///< otherwise the pair of subtrees (one may be None)
};

/// decode_node's case, and the 'leaf' a hint sets at height 0.
enum class NodeCase { left, right, both, leaf };

/// A Merkle tree's height from a hint's ids.height. Heights above 2^20 fail with
/// NotImplementedError: cairo-lang's loops over them would not end in practice either (beyond
/// the field's 252 bits a level only repeats the one above it).
uint64_t tree_height(const Felt& height, int64_t line);

/// build_update_tree(height, modifications): (leaf index, value) pairs, a later pair winning for
/// the same index. Called on hint line `line`; fails as merkle_tree.py does (AssertionError,
/// KeyError: 0) when an index is not below 2^height.
UpdateNode build_update_tree(uint64_t height,
                             const std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>>& modifications,
                             int64_t line);

/// decode_node(node): its children and case, called on hint line `line`.
struct DecodedNode {
    UpdateNode left, right;
    NodeCase node_case;
};
DecodedNode decode_node(const UpdateNode& node, int64_t line);

}  // namespace xcairo
