#include "hints/update_tree.hpp"

#include <map>

#include "hints/big_int.hpp"
#include "hints/native_hint.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

constexpr const char* kMerkleTreePy = "starkware/python/merkle_tree.py";

// Python's `cannot unpack` of a node that is not a pair.
std::string non_iterable(const UpdateTree* node) {
    if (node == nullptr) return "NoneType";
    return node->leaf->is_relocatable() ? "RelocatableValue" : "int";
}

}  // namespace

uint64_t tree_height(const Felt& height, int64_t line) {
    const std::optional<uint64_t> small = height.to_u64();
    if (!small || *small > (uint64_t{1} << 20))
        throw HintError("NotImplementedError",
                        "xcairo: a Merkle tree of height " + height.to_dec() + " (more than 2^20).", line);
    return *small;
}

UpdateNode build_update_tree(uint64_t height,
                             const std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>>& modifications,
                             int64_t line) {
    if (modifications.empty()) return nullptr;
    std::map<big::U256, UpdateNode> layer;
    for (const auto& [index, value] : modifications) {
        if (index.is_relocatable())
            throw HintError("NotImplementedError",
                            "xcairo: a Merkle update at a pointer index (" + value_text(index) + ").",
                            line);
        layer[big::of(index.felt())] = std::make_shared<UpdateTree>(UpdateTree{value, nullptr, nullptr});
    }
    for (uint64_t level = 0; level < height; ++level) {
        std::map<big::U256, std::shared_ptr<UpdateTree>> parents;
        for (const auto& [index, tree] : layer) {
            auto& parent = parents[big::shr(index, 1)];
            if (!parent) parent = std::make_shared<UpdateTree>();
            ((index.limb[0] & 1) ? parent->right : parent->left) = tree;
        }
        layer.clear();
        for (auto& [index, parent] : parents) layer.emplace(index, std::move(parent));
    }
    if (layer.size() != 1)
        throw HintError("AssertionError", "", line,
                        {marked_frame(kMerkleTreePy, 24, "build_update_tree", "assert len(layer) == 1",
                                      "len(layer) == 1")});
    if (layer.begin()->first != big::U256{})
        throw HintError("KeyError", "0", line,
                        {marked_frame(kMerkleTreePy, 26, "build_update_tree", "return layer[0]", "layer[0]",
                                      "~~~~~^^^")});
    return layer.begin()->second;
}

DecodedNode decode_node(const UpdateNode& node, int64_t line) {
    if (node == nullptr || node->leaf)
        throw HintError("TypeError", "cannot unpack non-iterable " + non_iterable(node.get()) + " object",
                        line, {marked_frame(kMerkleTreePy, 36, "decode_node", "left_child, right_child = node",
                                     "left_child, right_child")});
    if (node->left == nullptr) {
        if (node->right == nullptr)
            throw HintError("AssertionError", "No updates in tree", line,
                            {marked_frame(kMerkleTreePy, 38, "decode_node",
                                          "assert right_child is not None, \"No updates in tree\"",
                                          "right_child is not None")});
        return {node->left, node->right, NodeCase::right};
    }
    return {node->left, node->right, node->right == nullptr ? NodeCase::left : NodeCase::both};
}

}  // namespace xcairo
