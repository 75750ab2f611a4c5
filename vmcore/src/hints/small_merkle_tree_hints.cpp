// small_merkle_tree.cairo: the roots of a squashed dict's leaves before and after its accesses,
// and the preimage of every node, as small_merkle_tree.py's MerkleTree computes them.
#include <map>
#include <set>

#include "big_uint.hpp"
#include "builtins/pedersen.hpp"
#include "hints/math_utils.hpp"
#include "hints/scope_variables.hpp"
#include "hints/update_tree.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

constexpr const char* kSmallMerkleTreePy = "starkware/cairo/common/small_merkle_tree.py";

/// A node's index, 2^height + a leaf index (< P) at the leaves: heights up to kMaxHeight fit.
using NodeIndex = BigUint<16>;
constexpr uint64_t kMaxHeight = 16 * 64 - 2;

/// small_merkle_tree.py's MerkleTree with default leaf 0: node values by index (the root at 1,
/// leaves from 2^height), and the children of every hash computed.
class MerkleTree {
  public:
    MerkleTree(uint64_t height, int64_t line) : m_height(height) {
        if (height > kMaxHeight)
            throw HintError("NotImplementedError",
                            "xcairo: a small Merkle tree of height " + std::to_string(height) +
                                " (more than " + std::to_string(kMaxHeight) + ").",
                            line);
        Felt empty_root;
        for (uint64_t i = 0; i < height; ++i) empty_root = pedersen::hash(empty_root, empty_root);
        m_values[NodeIndex::from_u64(1)] = empty_root;
    }

    /// compute_merkle_root(modifications); `caller` is get_preimage_dictionary's frame.
    Felt compute_root(const std::vector<std::pair<Felt, MaybeRelocatable>>& modifications,
                      const HintFrame& caller, int64_t line) {
        if (modifications.empty()) return m_values[NodeIndex::from_u64(1)];
        Felt default_node;
        std::set<NodeIndex> indices;
        const NodeIndex leaves_offset = NodeIndex::pow2(m_height);
        for (const auto& [index, value] : modifications) {
            if (value.is_relocatable())
                throw HintError("NotImplementedError",
                                "xcairo: a pointer as a Merkle leaf (" + value_text(value) + ").", line);
            const NodeIndex node_index = leaves_offset + NodeIndex::of(index);
            m_values[node_index] = value.felt();
            indices.insert(node_index >> 1);
        }
        for (uint64_t level = 0; level < m_height; ++level) {
            std::set<NodeIndex> parents;
            for (const NodeIndex& index : indices) {
                const Felt left = value_or(index << 1, default_node);
                const Felt right = value_or((index << 1) + NodeIndex::from_u64(1), default_node);
                const Felt hash = pedersen::hash(left, right);
                m_values[index] = hash;
                m_preimage->insert_or_assign(hash, std::vector<Felt>{left, right});
                parents.insert(index >> 1);
            }
            default_node = pedersen::hash(default_node, default_node);
            indices = std::move(parents);
        }
        if (indices != std::set<NodeIndex>{NodeIndex()})
            hint_assert_failed("", line,
                               {caller, marked_frame(kSmallMerkleTreePy, 48, "compute_merkle_root",
                                                     "assert indices == {0}", "indices == {0}")});
        return m_values[NodeIndex::from_u64(1)];
    }

    NodePreimagePtr preimage() const { return m_preimage; }

  private:
    Felt value_or(const NodeIndex& index, const Felt& fallback) const {
        const auto it = m_values.find(index);
        return it == m_values.end() ? fallback : it->second;
    }

    uint64_t m_height;
    std::map<NodeIndex, Felt> m_values;
    std::shared_ptr<NodePreimage> m_preimage = std::make_shared<NodePreimage>();
};

// vm_enter_scope({'__dict_manager': __dict_manager})
void enter_with_dict_manager(HintCall& h) {
    DictManagerPtr dicts = h.ctx.scopes().get<DictManagerPtr>("__dict_manager", 1);
    h.ctx.scopes().enter({{"__dict_manager", std::move(dicts)}});
}

/// ids.squashed_dict_end.address_ - ids.squashed_dict_start.address_ (RelocatableValue.__sub__).
int64_t pointer_difference(const MaybeRelocatable& end, const MaybeRelocatable& start, int64_t line) {
    if (!end.is_relocatable() || !start.is_relocatable())
        throw HintError("NotImplementedError", "xcairo: squashed_dict bounds that are not pointers.", line);
    const Relocatable a = end.relocatable(), b = start.relocatable();
    if (a.segment != b.segment)
        hint_assert_failed("Can only subtract two relocatable values of the same segment (" +
                               std::to_string(a.segment) + " != " + std::to_string(b.segment) + ").",
                           line,
                           {marked_frame("starkware/cairo/lang/vm/relocatable.py", 37, "__sub__",
                                         "assert self.segment_index == other.segment_index, (",
                                         "self.segment_index == other.segment_index")});
    return static_cast<int64_t>(a.offset) - static_cast<int64_t>(b.offset);
}

// The roots and the preimage of the squashed dict's tree.
// ids: squashed_dict_end, DictAccess.SIZE, squashed_dict_start, DictAccess.key,
//      DictAccess.prev_value, DictAccess.new_value, height, new_root, prev_root
void small_merkle_tree_roots(HintCall& h) {
    DictManager& dicts = *h.ctx.scopes().get<DictManagerPtr>("__dict_manager", 5);
    DictData& new_dict = dicts.tracker(h.value(0, 5), 5,
                                       {{"starkware/cairo/common/dict.py", 74, "get_dict",
                                         "return self.get_tracker(dict_ptr).data"}})
                             .data;
    const int64_t access_size = static_cast<int64_t>(h.felt(1, 7).to_u64().value_or(0));
    const MaybeRelocatable start = h.value(2, 8);
    const int64_t size = pointer_difference(h.value(0, 9), start, 9);
    if (size >= 0 && access_size == 0) throw HintError("ZeroDivisionError", "integer modulo by zero", 10);
    if (size < 0 || size % access_size != 0)
        hint_assert_failed("squashed_dict size must be non-negative and divisible by DictAccess.SIZE. "
                           "Found: " + std::to_string(size) + ".",
                           10);
    std::vector<std::pair<Felt, MaybeRelocatable>> modifications;
    for (int64_t i = 0; i < size / access_size; ++i) {
        const Relocatable access = start.relocatable() + static_cast<uint64_t>(i * access_size);
        const MaybeRelocatable key = h.mem(access + h.felt(3, 18).to_u64().value_or(0), 18);
        const MaybeRelocatable prev_value = h.mem(access + h.felt(4, 20).to_u64().value_or(0), 19);
        const MaybeRelocatable new_value = h.mem(access + h.felt(5, 22).to_u64().value_or(0), 21);
        const MaybeRelocatable& expected = new_dict.at(dict_key(key, 23), 23);
        if (!(expected == new_value))
            hint_assert_failed("Inconsistent dictionary values. Expected new value: " +
                                   value_text(expected) + ", found: " + value_text(new_value),
                               23);
        modifications.emplace_back(key.felt(), prev_value);
    }
    std::vector<std::pair<Felt, MaybeRelocatable>> initial_leaves(new_dict.values.begin(),
                                                                  new_dict.values.end());
    MerkleTree tree(tree_height(h.felt(6, 31), 31), 31);
    const Felt root_before = tree.compute_root(
        initial_leaves,
        marked_frame(kSmallMerkleTreePy, 69, "get_preimage_dictionary",
                     "root_before = merkle_tree.compute_merkle_root(modifications=initial_leaves)",
                     "merkle_tree.compute_merkle_root(modifications=initial_leaves)"),
        28);
    const Felt root_after = tree.compute_root(
        modifications,
        marked_frame(kSmallMerkleTreePy, 70, "get_preimage_dictionary",
                     "root_after = merkle_tree.compute_merkle_root(modifications=modifications)",
                     "merkle_tree.compute_merkle_root(modifications=modifications)"),
        28);
    h.set(7, root_before, 28);
    h.set(8, root_after, 28);
    h.ctx.scopes().set("preimage", tree.preimage());
}

}  // namespace

std::vector<NativeHint> small_merkle_tree_hints() {
    return {
        {"vm_enter_scope({'__dict_manager': __dict_manager})", {}, enter_with_dict_manager},
        {R"(# Compute the roots and the preimage dictionary.
from starkware.cairo.common.small_merkle_tree import get_preimage_dictionary
from starkware.python.math_utils import safe_div

new_dict = __dict_manager.get_dict(ids.squashed_dict_end.address_)

DICT_ACCESS_SIZE = ids.DictAccess.SIZE
squashed_dict_start = ids.squashed_dict_start.address_
squashed_dict_size = ids.squashed_dict_end.address_ - squashed_dict_start
assert squashed_dict_size >= 0 and squashed_dict_size % DICT_ACCESS_SIZE == 0, \
    f'squashed_dict size must be non-negative and divisible by DictAccess.SIZE. ' \
    f'Found: {squashed_dict_size}.'
squashed_dict_length = safe_div(squashed_dict_size, DICT_ACCESS_SIZE)

# Compute the modifications backwards: from the new values to the previous values.
modifications = []
for i in range(squashed_dict_length):
    key = memory[squashed_dict_start + i * DICT_ACCESS_SIZE + ids.DictAccess.key]
    prev_value = memory[
        squashed_dict_start + i * DICT_ACCESS_SIZE + ids.DictAccess.prev_value]
    new_value = memory[
        squashed_dict_start + i * DICT_ACCESS_SIZE + ids.DictAccess.new_value]
    assert new_dict[key] == new_value, \
        f'Inconsistent dictionary values. Expected new value: {new_dict[key]}, ' \
        f'found: {new_value}'
    modifications.append((key, prev_value))

ids.new_root, ids.prev_root, preimage = get_preimage_dictionary(
    initial_leaves=new_dict.items(),
    modifications=modifications,
    tree_height=ids.height,
    default_leaf=0))",
         {"squashed_dict_end", "DictAccess.SIZE", "squashed_dict_start", "DictAccess.key",
          "DictAccess.prev_value", "DictAccess.new_value", "height", "new_root", "prev_root"},
         small_merkle_tree_roots},
    };
}

}  // namespace xcairo
