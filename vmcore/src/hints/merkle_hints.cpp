// merkle_update.cairo and merkle_multi_update.cairo: the authentication path a caller's hint puts
// in `auth_path`, and the update tree walked with the caller's `preimage` (node hash -> children).
#include <limits>

#include "hints/math_utils.hpp"
#include "hints/scope_variables.hpp"
#include "hints/update_tree.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

constexpr const char* kSkipRunner = "__merkle_multi_update_skip_validation_runner";

// memory[ap] = ids.index % 2
void index_parity(HintCall& h) {
    h.ctx.set(h.ctx.ap(), Felt::from_u64(h.felt(0, 1).canonical()[0] & 1));
}

// assert len(auth_path) == 0, 'Got too many values in auth_path.'
void auth_path_used(HintCall& h) {
    if (!h.ctx.scopes().get<AuthPath>("auth_path", 2).empty())
        hint_assert_failed("Got too many values in auth_path.", 2);
}

// sibling = auth_path.pop(); ids.prev_node_hash.<side> = ids.new_node_hash.<side> = sibling
// ids: prev_node_hash.<side>, new_node_hash.<side>
void sibling(HintCall& h) {
    AuthPath& path = h.ctx.scopes().get<AuthPath>("auth_path", 2);
    if (path.empty()) throw HintError("IndexError", "pop from empty list", 2);
    const Felt value = path.back();
    path.pop_back();
    h.set(0, value, 3);
    h.set(1, value, 4);
}

// The update tree of ids.update_ptr's n_updates accesses, in a new scope with the preimage.
// ids: n_updates, update_ptr, DictAccess.SIZE, DictAccess.key, DictAccess.new_value, height
void enter_update_tree(HintCall& h) {
    const uint64_t n = h.felt(0, 5).to_u64().value_or(std::numeric_limits<uint64_t>::max());
    std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>> modifications;
    for (uint64_t i = 0; i < n; ++i) {
        const Relocatable access = h.ptr(1, 6) + i * h.felt(2, 6).to_u64().value_or(0);
        const MaybeRelocatable key = h.mem(access + h.felt(3, 8).to_u64().value_or(0), 8);
        modifications.emplace_back(key, h.mem(access + h.felt(4, 9).to_u64().value_or(0), 9));
    }
    UpdateNode node = build_update_tree(tree_height(h.felt(5, 11), 11), modifications, 11);
    ExecScopes& scopes = h.ctx.scopes();
    const std::any* runner = scopes.lookup(kSkipRunner, 13);
    std::any skip = runner ? *runner : std::any();
    scopes.set(kSkipRunner, skip);
    const NodePreimagePtr preimage = scopes.get<NodePreimagePtr>("preimage", 16);
    scopes.enter({{"node", std::move(node)}, {"preimage", preimage}, {kSkipRunner, std::move(skip)}});
}

/// str() of a node (a leaf's value, a pair as a tuple's repr, None).
std::string node_text(const UpdateTree* node, bool nested) {
    if (node == nullptr) return "None";
    if (node->leaf) return nested ? node->leaf->to_repr() : node->leaf->to_string();
    return "(" + node_text(node->left.get(), true) + ", " + node_text(node->right.get(), true) + ")";
}

/// `a, b = preimage[ids.<root>]` on hint line `line`.
std::pair<Felt, Felt> children(const NodePreimage& preimage, const Felt& root, int64_t line) {
    const auto it = preimage.find(root);
    if (it == preimage.end()) throw HintError("KeyError", root.to_dec(), line);
    const std::vector<Felt>& pair = it->second;
    if (pair.size() > 2) throw HintError("ValueError", "too many values to unpack (expected 2)", line);
    if (pair.size() < 2)
        throw HintError("ValueError", "not enough values to unpack (expected 2, got " +
                                          std::to_string(pair.size()) + ")",
                        line);
    return {pair[0], pair[1]};
}

// A leaf's check, or the children hashes written to the two HashBuiltin instances; then
// memory[ap] = int(case != 'right').
// ids: height, new_root, prev_root, hash_ptr, HashBuiltin.SIZE, HashBuiltin.x, HashBuiltin.y
void update_node(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    NodeCase node_case = NodeCase::leaf;
    if (h.felt(0, 1).is_zero()) {
        const UpdateNode& node = scopes.get<UpdateNode>("node", 2);
        const MaybeRelocatable new_root = h.value(1, 2);
        if (!node || !node->leaf || !(*node->leaf == new_root))
            hint_assert_failed("Expected node " + value_text(new_root) + ". Got " +
                                   node_text(node.get(), false) + ".",
                               2);
    } else {
        const NodePreimage& preimage = *scopes.get<NodePreimagePtr>("preimage", 5);
        const auto [prev_left, prev_right] = children(preimage, h.felt(2, 5), 5);
        const auto [new_left, new_right] = children(preimage, h.felt(1, 6), 6);
        const DecodedNode decoded = decode_node(scopes.get<UpdateNode>("node", 9), 9);
        scopes.set("left_child", decoded.left);
        scopes.set("right_child", decoded.right);
        node_case = decoded.node_case;
        const Relocatable hash_ptr = h.ptr(3, 12);
        const uint64_t size = h.felt(4, 13).to_u64().value_or(0);
        const uint64_t x = h.felt(5, 13).to_u64().value_or(0);
        const uint64_t y = h.felt(6, 14).to_u64().value_or(0);
        h.ctx.set(hash_ptr + x, prev_left);
        h.ctx.set(hash_ptr + y, prev_right);
        h.ctx.set(hash_ptr + (size + x), new_left);
        h.ctx.set(hash_ptr + (size + y), new_right);
        scopes.at(kSkipRunner, 18);  // None: xcairo validates every hash
    }
    scopes.set("case", node_case);
    set_ap_bool(h, node_case != NodeCase::right);
}

// memory[ap] = int(case != 'left')  (merkle_multi_update and patricia)
void not_left(HintCall& h) {
    set_ap_bool(h, h.ctx.scopes().get<NodeCase>("case", 1) != NodeCase::left);
}

template <NodeCase expected>
void assert_case(HintCall& h) {
    if (h.ctx.scopes().get<NodeCase>("case", 1) != expected) hint_assert_failed("", 1);
}

// vm_enter_scope(dict(node=<child>, preimage=preimage, __merkle_..._runner=...))
template <bool left>
void enter_child(HintCall& h) {
    ExecScopes& scopes = h.ctx.scopes();
    UpdateNode node = scopes.get<UpdateNode>(left ? "left_child" : "right_child", 2);
    NodePreimagePtr preimage = scopes.get<NodePreimagePtr>("preimage", 2);
    std::any skip = scopes.at(kSkipRunner, 4);
    scopes.enter({{"node", std::move(node)}, {"preimage", std::move(preimage)},
                  {kSkipRunner, std::move(skip)}});
}

constexpr const char* kEnterLeft = R"(vm_enter_scope(dict(
    node=left_child, preimage=preimage,
    __merkle_multi_update_skip_validation_runner=
        __merkle_multi_update_skip_validation_runner)
))";
constexpr const char* kEnterRight = R"(vm_enter_scope(dict(
    node=right_child, preimage=preimage,
    __merkle_multi_update_skip_validation_runner=
        __merkle_multi_update_skip_validation_runner)
))";

}  // namespace

std::vector<NativeHint> merkle_hints() {
    return {
        {"memory[ap] = ids.index % 2", {"index"}, index_parity},
        {"# Check that auth_path had the right number of elements.\n"
         "assert len(auth_path) == 0, 'Got too many values in auth_path.'",
         {},
         auth_path_used},
        {"# Hash hints.\nsibling = auth_path.pop()\nids.prev_node_hash.y = sibling\n"
         "ids.new_node_hash.y = sibling",
         {"prev_node_hash.y", "new_node_hash.y"},
         sibling},
        {"# Hash hints.\nsibling = auth_path.pop()\nids.prev_node_hash.x = sibling\n"
         "ids.new_node_hash.x = sibling",
         {"prev_node_hash.x", "new_node_hash.x"},
         sibling},
        {R"(from starkware.python.merkle_tree import build_update_tree

# Build modifications list.
modifications = []
for i in range(ids.n_updates):
    curr_update_ptr = ids.update_ptr.address_ + i * ids.DictAccess.SIZE
    modifications.append((
        memory[curr_update_ptr + ids.DictAccess.key],
        memory[curr_update_ptr + ids.DictAccess.new_value]))

node = build_update_tree(ids.height, modifications)
del modifications
__merkle_multi_update_skip_validation_runner = globals().get(
    '__merkle_multi_update_skip_validation_runner', None)
vm_enter_scope(dict(
    node=node, preimage=preimage,
    __merkle_multi_update_skip_validation_runner=
        __merkle_multi_update_skip_validation_runner)
))",
         {"n_updates", "update_ptr", "DictAccess.SIZE", "DictAccess.key", "DictAccess.new_value",
          "height"},
         enter_update_tree},
        {R"(if ids.height == 0:
    assert node == ids.new_root, f'Expected node {ids.new_root}. Got {node}.'
    case = 'leaf'
else:
    prev_left, prev_right = preimage[ids.prev_root]
    new_left, new_right = preimage[ids.new_root]

    from starkware.python.merkle_tree import decode_node
    left_child, right_child, case = decode_node(node)

    # Fill non deterministic hashes.
    hash_ptr = ids.hash_ptr.address_
    memory[hash_ptr + 0 * ids.HashBuiltin.SIZE + ids.HashBuiltin.x] = prev_left
    memory[hash_ptr + 0 * ids.HashBuiltin.SIZE + ids.HashBuiltin.y] = prev_right
    memory[hash_ptr + 1 * ids.HashBuiltin.SIZE + ids.HashBuiltin.x] = new_left
    memory[hash_ptr + 1 * ids.HashBuiltin.SIZE + ids.HashBuiltin.y] = new_right

    if __merkle_multi_update_skip_validation_runner is not None:
        # Skip validation of the preimage dict to speed up the VM. Note that mistakes in the
        # preimage dict will be discovered only in the prover.
        __merkle_multi_update_skip_validation_runner.verified_addresses.add(
            hash_ptr + 0 * ids.HashBuiltin.SIZE + ids.HashBuiltin.result)
        __merkle_multi_update_skip_validation_runner.verified_addresses.add(
            hash_ptr + 1 * ids.HashBuiltin.SIZE + ids.HashBuiltin.result)

memory[ap] = int(case != 'right'))",
         {"height", "new_root", "prev_root", "hash_ptr", "HashBuiltin.SIZE", "HashBuiltin.x",
          "HashBuiltin.y"},
         update_node},
        {"memory[ap] = int(case != 'left')", {}, not_left},
        {"assert case == 'leaf'", {}, assert_case<NodeCase::leaf>},
        {"assert case == 'both'", {}, assert_case<NodeCase::both>},
        {kEnterLeft, {}, enter_child<true>},
        {kEnterRight, {}, enter_child<false>},
    };
}

}  // namespace xcairo
