#include "hints/patricia_tree.hpp"

#include <array>

#include "hints/big_int.hpp"

namespace xcairo::patricia {
namespace {

constexpr const char* kPatriciaUtilsPy = "starkware/cairo/common/patricia_utils.py";

using Frames = std::vector<HintFrame>;

Frames with(Frames frames, HintFrame frame) {
    frames.push_back(std::move(frame));
    return frames;
}

/// A frame of patricia_utils.py, the failing `part` of its line marked as Python 3.11 marks it.
HintFrame utils_frame(int64_t line, const char* function, const char* source,
                      std::string_view part, std::string marks = "") {
    return marked_frame(kPatriciaUtilsPy, line, function, source, part, std::move(marks));
}

constexpr const char* kUnpackTargets = "left, right";

/// path % 2**length.
Felt low_bits(const Felt& value, uint64_t length) {
    if (length >= 256) return value;
    const big::U256 mask = big::sub(big::pow2(static_cast<unsigned>(length)), big::from_u64(1));
    return big::felt(big::bit_and(big::of(value), mask));
}

/// An edge triplet (length, path, bottom), patricia_utils' node representation.
using Triplet = std::array<Felt, 3>;
const Triplet kEmpty{};

Triplet canonic(const Preimage& preimage, const Felt& node_hash) {
    const auto it = preimage.find(node_hash);
    if (it != preimage.end() && it->second.size() == 3)
        return {it->second[0], it->second[1], it->second[2]};
    return {Felt(), Felt(), node_hash};
}

/// An element of get_descents' `nodes`: None, an update tree, or a preimage_tree() generator
/// (not started yet: its children are read when it is unpacked).
struct TreeNode {
    enum class Kind { None, Update, Preimage } kind = Kind::None;
    UpdateNode update;
    Triplet triplet{};
};

class Descents {
  public:
    Descents(const Preimage& preimage, int64_t line) : m_preimage(preimage), m_line(line) {
        m_stack.push_back(utils_frame(249, "patricia_guess_descents",
                                      "return get_descents(height, 0, [node, node_prev, node_new])",
                                      "get_descents(height, 0, [node, node_prev, node_new])"));
    }

    // get_descents(height, path, nodes), adding its descents to `out`.
    void run(uint64_t height, Felt path, std::vector<TreeNode> nodes, DescentMap& out) {
        if (nodes[0].kind == TreeNode::Kind::None) return;
        const uint64_t orig_height = height;
        const Felt orig_path = path;
        std::vector<TreeNode> lefts, rights;
        while (height > 0) {
            lefts.clear();
            rights.clear();
            for (const TreeNode& node : nodes) {
                auto [left, right] = unpack(node);
                lefts.push_back(std::move(left));
                rights.push_back(std::move(right));
            }
            if (all_none(lefts)) {
                nodes = rights;
                path = path + path + Felt::from_u64(1);
            } else if (all_none(rights)) {
                nodes = lefts;
                path = path + path;
            } else {
                break;
            }
            --height;
        }
        const uint64_t length = orig_height - height;
        if (length > 1)
            out[{orig_height, orig_path}] = {Felt::from_u64(length), low_bits(path, length)};
        if (height > 0) {
            recurse(182, "res.update(get_descents(height - 1, path * 2, lefts))", height - 1,
                    path + path, std::move(lefts), out);
            recurse(183, "res.update(get_descents(height - 1, path * 2 + 1, rights))", height - 1,
                    path + path + Felt::from_u64(1), std::move(rights), out);
        }
    }

  private:
    void recurse(int64_t line, const char* source, uint64_t height, const Felt& path,
                 std::vector<TreeNode> nodes, DescentMap& out) {
        const std::string_view call(source);
        m_stack.push_back(utils_frame(line, "get_descents", source,
                                      call.substr(call.find("get_descents"),
                                                  call.size() - call.find("get_descents") - 1)));
        run(height, path, std::move(nodes), out);
        m_stack.pop_back();
    }

    static bool all_none(const std::vector<TreeNode>& nodes) {
        for (const TreeNode& node : nodes)
            if (node.kind != TreeNode::Kind::None) return false;
        return true;
    }

    // `left, right = node` (None reads as (None, None)).
    std::pair<TreeNode, TreeNode> unpack(const TreeNode& node) {
        const HintFrame here =
            utils_frame(161, "get_descents", "left, right = node", kUnpackTargets);
        switch (node.kind) {
            case TreeNode::Kind::None:
                return {};
            case TreeNode::Kind::Update: {
                if (node.update->leaf)
                    throw HintError("TypeError",
                                    "cannot unpack non-iterable " + type_name(node.update) + " object",
                                    m_line, with(m_stack, here));
                return {update_node(node.update->left), update_node(node.update->right)};
            }
            case TreeNode::Kind::Preimage: {
                Frames frames = with(with(m_stack, here),
                                     utils_frame(117, "preimage_tree",
                                                 "left, right = get_children(preimage, node)",
                                                 "get_children(preimage, node)"));
                const auto [left, right] = children(node.triplet, frames);
                return {preimage_node(left), preimage_node(right)};
            }
        }
        return {};
    }

    static TreeNode update_node(const UpdateNode& tree) {
        return tree ? TreeNode{TreeNode::Kind::Update, tree, {}} : TreeNode{};
    }
    static TreeNode preimage_node(const Triplet& triplet) {
        return triplet == kEmpty ? TreeNode{} : TreeNode{TreeNode::Kind::Preimage, nullptr, triplet};
    }

    // get_children(preimage, node).
    std::pair<Triplet, Triplet> children(const Triplet& node, Frames& frames) {
        const auto& [length, word, node_hash] = node;
        if (length.is_zero()) {
            Felt left, right;
            if (!node_hash.is_zero()) {
                const char* source = "left, right = preimage[node_hash]";
                const auto it = m_preimage.find(node_hash);
                if (it == m_preimage.end())
                    throw HintError("KeyError", node_hash.to_dec(), m_line,
                                    with(frames, utils_frame(96, "get_children", source,
                                                             "preimage[node_hash]",
                                                             "~~~~~~~~^^^^^^^^^^^")));
                if (it->second.size() != 2)
                    throw HintError("ValueError", unpack_error(2, it->second.size()), m_line,
                                    with(frames, utils_frame(96, "get_children", source,
                                                             kUnpackTargets)));
                left = it->second[0];
                right = it->second[1];
            }
            return {canonic(m_preimage, left), canonic(m_preimage, right)};
        }
        const Felt shorter = length - Felt::from_u64(1);
        if (shift_right(word, shorter).is_zero()) return {{shorter, word, node_hash}, kEmpty};
        // word >> shorter != 0 with word < 2^252: shorter < 252.
        const Felt top = big::felt(big::pow2(static_cast<unsigned>(*shorter.to_u64())));
        return {kEmpty, {shorter, word - top, node_hash}};
    }

    const Preimage& m_preimage;
    int64_t m_line;
    Frames m_stack;
};

}  // namespace

std::string unpack_error(size_t expected, size_t got) {
    if (got < expected)
        return "not enough values to unpack (expected " + std::to_string(expected) + ", got " +
               std::to_string(got) + ")";
    return "too many values to unpack (expected " + std::to_string(expected) + ")";
}

std::string type_name(const UpdateNode& node) {
    if (!node) return "NoneType";
    if (!node->leaf) return "tuple";
    return node->leaf->is_relocatable() ? "RelocatableValue" : "int";
}

Felt shift_right(const Felt& value, const Felt& shift) {
    const std::optional<uint64_t> k = shift.to_u64();
    if (!k || *k >= 256) return Felt();
    return big::felt(big::shr(big::of(value), static_cast<unsigned>(*k)));
}

DescentMap patricia_guess_descents(uint64_t height, const UpdateNode& node,
                                   const Preimage& preimage, const Felt& prev_root,
                                   const Felt& new_root, int64_t line) {
    DescentMap out;
    const auto preimage_tree = [&](const Felt& root) {
        return TreeNode{TreeNode::Kind::Preimage, nullptr, canonic(preimage, root)};
    };
    TreeNode update;
    if (node) update = TreeNode{TreeNode::Kind::Update, node, {}};
    Descents(preimage, line).run(height, Felt(), {update, preimage_tree(prev_root), preimage_tree(new_root)},
                                 out);
    return out;
}

}  // namespace xcairo::patricia
