// patricia.cairo and patricia_with_sponge.cairo (same hint texts; the sponge's HashBuiltin is
// SpongeHashBuiltin, whose member offsets come from ids): the update tree, the descent map and the
// preimage of the traversed nodes, kept in the scopes as the Python hints keep them.
#include "hints/patricia_hints.hpp"

#include "hints/math_utils.hpp"
#include "value_ops.hpp"

namespace xcairo {
namespace {

using namespace patricia;

ExecScopes& scopes(HintCall& h) { return h.ctx.scopes(); }

/// The address `base + offset` of a hint line (offsets here are struct members and indices).
Relocatable address(const Relocatable& base, const Felt& offset, int64_t line) {
    Relocatable out;
    std::string error;
    if (!add_felt_offset(base, offset, out, error))
        throw HintError("NotImplementedError", "xcairo: " + error, line);
    return out;
}

UpdateNode tree(HintCall& h, const std::string& name, int64_t line) {
    return scopes(h).get<UpdateNode>(name, line);
}

NodeCase node_case(HintCall& h, int64_t line) { return scopes(h).get<NodeCase>("case", line); }

const Preimage& preimage(HintCall& h, int64_t line) {
    return *scopes(h).get<PreimagePtr>("preimage", line);
}

/// preimage[key] of the hint line `line`: KeyError when missing.
const std::vector<Felt>& preimage_at(HintCall& h, const Felt& key, int64_t line) {
    const Preimage& map = preimage(h, line);
    const auto it = map.find(key);
    if (it == map.end()) throw HintError("KeyError", key.to_dec(), line);
    return it->second;
}

/// `a, b(, c) = preimage[key]`: the values, or the ValueError of a tuple of another length.
const std::vector<Felt>& unpack_preimage(HintCall& h, const Felt& key, size_t names, int64_t line) {
    const std::vector<Felt>& values = preimage_at(h, key, line);
    if (values.size() != names) throw HintError("ValueError", unpack_error(names, values.size()), line);
    return values;
}

/// `if __patricia_skip_validation_runner:` on hint line `line`: always None (see CommonArgs).
void read_skip_validation_runner(HintCall& h, int64_t line) {
    scopes(h).at(kSkipValidationRunner, line);
}

/// vm_enter_scope(dict(node=node, **common_args)) on hint line `line`.
void enter_node_scope(HintCall& h, UpdateNode node, int64_t line) {
    const CommonArgsPtr args = scopes(h).get<CommonArgsPtr>("common_args", line);
    scopes(h).enter({{"node", std::move(node)},
                     {"preimage", args->preimage},
                     {"descent_map", args->descent_map},
                     {kSkipValidationRunner, args->skip_validation_runner},
                     {"common_args", args}});
}

template <const char* kName>
void enter_scope_with(HintCall& h) {
    enter_node_scope(h, tree(h, kName, 1), 1);
}

constexpr char kNode[] = "node";
constexpr char kLeftChild[] = "left_child";
constexpr char kRightChild[] = "right_child";

/// `left_child, right_child, case = decode_node(node)` on hint line `line`.
DecodedNode decode_scope_node(HintCall& h, int64_t line) {
    DecodedNode decoded = decode_node(tree(h, "node", line), line);
    scopes(h).set("left_child", decoded.left);
    scopes(h).set("right_child", decoded.right);
    scopes(h).set("case", decoded.node_case);
    return decoded;
}

// ids: n_updates, update_ptr, height, prev_root, new_root, DictAccess.key, DictAccess.new_value,
// DictAccess.SIZE
void patricia_update_init(HintCall& h) {
    const Felt key_offset = h.felt(5, 6);
    const Felt value_offset = h.felt(6, 7);
    const Felt size = h.felt(7, 8);
    std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>> modifications;
    const Felt n_updates = h.felt(0, 9);
    for (Felt i; !(i == n_updates); i += Felt::from_u64(1)) {
        const Relocatable update = address(h.ptr(1, 10), i * size, 10);
        MaybeRelocatable key = h.mem(address(update, key_offset, 12), 12);  // read first, as Python
        modifications.emplace_back(std::move(key), h.mem(address(update, value_offset, 13), 13));
    }
    const Felt height = h.felt(2, 15);
    const UpdateNode node = build_update_tree(tree_height(height, 15), modifications, 15);
    scopes(h).set("node", node);
    const Felt prev_root = h.felt(3, 17);
    const Felt new_root = h.felt(4, 17);
    auto descent_map = std::make_shared<const DescentMap>(patricia_guess_descents(
        tree_height(height, 16), node, preimage(h, 17), prev_root, new_root, 16));
    // globals().get('__patricia_skip_validation_runner')
    const std::any* found = scopes(h).lookup(kSkipValidationRunner, 19);
    const std::any skip = found ? *found : std::any();
    auto args = std::make_shared<const CommonArgs>(
        CommonArgs{scopes(h).get<PreimagePtr>("preimage", 23), descent_map, skip});
    scopes(h).set("descent_map", DescentMapPtr(descent_map));
    scopes(h).set(kSkipValidationRunner, skip);
    scopes(h).set("common_args", CommonArgsPtr(args));
}

// ids: node, current_hash, HashBuiltin.x, HashBuiltin.y
void binary_node(HintCall& h) {
    const DecodedNode decoded = decode_scope_node(h, 2);
    const std::vector<Felt>& hashes = unpack_preimage(h, h.felt(0, 3), 2, 3);
    const Relocatable hash_ptr = h.ptr(1, 6);
    h.ctx.set(address(hash_ptr, h.felt(2, 7), 7), hashes[0]);
    h.ctx.set(address(hash_ptr, h.felt(3, 8), 8), hashes[1]);
    read_skip_validation_runner(h, 10);
    set_ap_bool(h, decoded.node_case != NodeCase::both);
}

void decode_not_both(HintCall& h) {
    set_ap_bool(h, decode_scope_node(h, 2).node_case != NodeCase::both);
}

// ids: height, path
void get_descend(HintCall& h) {
    // descent_map.get((ids.height, ids.path)): a pointer never matches.
    const DescentMap& map = *scopes(h).get<DescentMapPtr>("descent_map", 1);
    const MaybeRelocatable height = h.value(0, 1);
    const MaybeRelocatable path = h.value(1, 1);
    std::optional<Descent> descend;
    if (height.is_felt() && path.is_felt() && height.felt().to_u64()) {
        const auto it = map.find({*height.felt().to_u64(), path.felt()});
        if (it != map.end()) descend = it->second;
    }
    scopes(h).set("descend", descend);
    set_ap_bool(h, descend.has_value());
}

/// `x, y = descend` on line `line`.
Descent unpack_descend(HintCall& h, int64_t line) {
    const auto& descend = scopes(h).get<std::optional<Descent>>("descend", line);
    if (!descend) throw HintError("TypeError", "cannot unpack non-iterable NoneType object", line);
    return *descend;
}

// ids: siblings, word
void descend_siblings(HintCall& h) {
    const Descent descend = unpack_descend(h, 1);
    h.ctx.set(h.ptr(0, 1), descend.length);
    h.set(1, descend.word, 1);
}

// ids: length, word
void descend_length(HintCall& h) {
    const Descent descend = unpack_descend(h, 1);
    h.set(0, descend.length, 1);
    h.set(1, descend.word, 1);
}

// ids: child_bit
void single_child(HintCall& h) {
    const bool left = node_case(h, 1) == NodeCase::left;
    h.set(0, Felt::from_u64(left ? 0 : 1), 1);
    const bool left_again = node_case(h, 2) == NodeCase::left;
    UpdateNode new_node = tree(h, left_again ? "left_child" : "right_child", 2);
    scopes(h).set("new_node", new_node);
    enter_node_scope(h, std::move(new_node), 3);
}

// ids: length, word
void walk_descent(HintCall& h) {
    UpdateNode new_node = tree(h, "node", 1);
    scopes(h).set("new_node", new_node);
    const Felt length = h.felt(0, 2);
    // range(length - 1, -1, -1): i from length - 1 down to 0.
    for (Felt i = length; !i.is_zero();) {
        i -= Felt::from_u64(1);
        const bool right = (shift_right(h.felt(1, 3), i).canonical()[0] & 1) != 0;
        if (!new_node || new_node->leaf)
            throw HintError("TypeError", "'" + type_name(new_node) + "' object is not subscriptable",
                            3);
        new_node = right ? new_node->right : new_node->left;
        scopes(h).set("new_node", new_node);
    }
    enter_node_scope(h, std::move(new_node), 4);
}

// ids: bit, edge.path, new_length
void edge_bit(HintCall& h) {
    const Felt path = h.felt(1, 1);
    const Felt shifted = shift_right(path, h.felt(2, 1));
    h.set(0, Felt::from_u64(shifted.canonical()[0] & 1), 1);
}

// ids: bit
void case_right_xor_bit(HintCall& h) {
    const bool right = node_case(h, 1) == NodeCase::right;
    big::U256 value = big::of(h.felt(0, 1));
    value.limb[0] ^= right ? 1 : 0;
    h.ctx.set(h.ctx.ap(), big::felt(value));
}

/// new_node = left_child if ids.bit == `left_bit` else right_child, and its scope.
template <uint64_t kLeftBit>
void child_by_bit(HintCall& h) {
    const MaybeRelocatable bit = h.value(0, 1);
    const bool left = bit.is_felt() && bit.felt() == Felt::from_u64(kLeftBit);
    UpdateNode new_node = tree(h, left ? "left_child" : "right_child", 1);
    scopes(h).set("new_node", new_node);
    enter_node_scope(h, std::move(new_node), 2);
}

// ids: hash_ptr.x, hash_ptr.y, edge.bottom
void edge_bottom_hashes(HintCall& h) {
    const std::vector<Felt>& hashes = unpack_preimage(h, h.felt(2, 1), 2, 1);
    h.set(0, hashes[0], 1);
    h.set(1, hashes[1], 1);
    read_skip_validation_runner(h, 2);
}

// ids: edge, edge.length, edge.path, edge.bottom, node, hash_ptr.result
void open_edge(HintCall& h) {
    h.set(0, h.ctx.add_segment(), 1);
    const std::vector<Felt>& edge = unpack_preimage(h, h.felt(4, 2), 3, 2);
    h.set(1, edge[0], 2);
    h.set(2, edge[1], 2);
    h.set(3, edge[2], 2);
    const Felt node = h.felt(4, 3);
    h.set(5, node - h.felt(1, 3), 3);
    read_skip_validation_runner(h, 4);
}

// ids: height, node
void is_binary(HintCall& h) {
    const MaybeRelocatable height = h.value(0, 1);
    const bool leaf = height.is_felt() && height.felt().is_zero();
    set_ap_bool(h, leaf || preimage_at(h, h.felt(1, 1), 1).size() == 2);
}

void assert_case_right(HintCall& h) {
    if (node_case(h, 1) != NodeCase::right) hint_assert_failed("", 1);
}

}  // namespace

std::vector<NativeHint> patricia_hints() {
    return {
        {R"(from starkware.cairo.common.patricia_utils import canonic, patricia_guess_descents
from starkware.python.merkle_tree import build_update_tree

# Build modifications list.
modifications = []
DictAccess_key = ids.DictAccess.key
DictAccess_new_value = ids.DictAccess.new_value
DictAccess_SIZE = ids.DictAccess.SIZE
for i in range(ids.n_updates):
    curr_update_ptr = ids.update_ptr.address_ + i * DictAccess_SIZE
    modifications.append((
        memory[curr_update_ptr + DictAccess_key],
        memory[curr_update_ptr + DictAccess_new_value]))

node = build_update_tree(ids.height, modifications)
descent_map = patricia_guess_descents(
    ids.height, node, preimage, ids.prev_root, ids.new_root)
del modifications
__patricia_skip_validation_runner = globals().get(
    '__patricia_skip_validation_runner')

common_args = dict(
    preimage=preimage, descent_map=descent_map,
    __patricia_skip_validation_runner=__patricia_skip_validation_runner)
common_args['common_args'] = common_args)",
         {"n_updates", "update_ptr", "height", "prev_root", "new_root", "DictAccess.key",
          "DictAccess.new_value", "DictAccess.SIZE"},
         patricia_update_init},
        {R"(from starkware.python.merkle_tree import decode_node
left_child, right_child, case = decode_node(node)
left_hash, right_hash = preimage[ids.node]

# Fill non deterministic hashes.
hash_ptr = ids.current_hash.address_
memory[hash_ptr + ids.HashBuiltin.x] = left_hash
memory[hash_ptr + ids.HashBuiltin.y] = right_hash

if __patricia_skip_validation_runner:
    # Skip validation of the preimage dict to speed up the VM. When this flag is set,
    # mistakes in the preimage dict will be discovered only in the prover.
    __patricia_skip_validation_runner.verified_addresses.add(
        hash_ptr + ids.HashBuiltin.result)

memory[ap] = int(case != 'both'))",
         {"node", "current_hash", "HashBuiltin.x", "HashBuiltin.y"}, binary_node},
        {"from starkware.python.merkle_tree import decode_node\n"
         "left_child, right_child, case = decode_node(node)\n"
         "memory[ap] = 1 if case != 'both' else 0",
         {}, decode_not_both},
        {"from starkware.python.merkle_tree import decode_node\n"
         "left_child, right_child, case = decode_node(node)\n"
         "memory[ap] = int(case != 'both')",
         {}, decode_not_both},
        {"descend = descent_map.get((ids.height, ids.path))\n"
         "memory[ap] = 0 if descend is None else 1",
         {"height", "path"}, get_descend},
        {"memory[ids.siblings], ids.word = descend", {"siblings", "word"}, descend_siblings},
        {"ids.length, ids.word = descend", {"length", "word"}, descend_length},
        {"ids.child_bit = 0 if case == 'left' else 1\n"
         "new_node = left_child if case == 'left' else right_child\n"
         "vm_enter_scope(dict(node=new_node, **common_args))",
         {"child_bit"}, single_child},
        {"new_node = node\n"
         "for i in range(ids.length - 1, -1, -1):\n"
         "    new_node = new_node[(ids.word >> i) & 1]\n"
         "vm_enter_scope(dict(node=new_node, **common_args))",
         {"length", "word"}, walk_descent},
        {"ids.bit = (ids.edge.path >> ids.new_length) & 1", {"bit", "edge.path", "new_length"},
         edge_bit},
        {"memory[ap] = int(case == 'right') ^ ids.bit", {"bit"}, case_right_xor_bit},
        {"new_node = left_child if ids.bit == 0 else right_child\n"
         "vm_enter_scope(dict(node=new_node, **common_args))",
         {"bit"}, child_by_bit<0>},
        {"new_node = left_child if ids.bit == 1 else right_child\n"
         "vm_enter_scope(dict(node=new_node, **common_args))",
         {"bit"}, child_by_bit<1>},
        {R"(ids.hash_ptr.x, ids.hash_ptr.y = preimage[ids.edge.bottom]
if __patricia_skip_validation_runner:
    # Skip validation of the preimage dict to speed up the VM. When this flag is
    # set, mistakes in the preimage dict will be discovered only in the prover.
    __patricia_skip_validation_runner.verified_addresses.add(
        ids.hash_ptr + ids.HashBuiltin.result))",
         {"hash_ptr.x", "hash_ptr.y", "edge.bottom"}, edge_bottom_hashes},
        {R"(ids.edge = segments.add()
ids.edge.length, ids.edge.path, ids.edge.bottom = preimage[ids.node]
ids.hash_ptr.result = ids.node - ids.edge.length
if __patricia_skip_validation_runner is not None:
    # Skip validation of the preimage dict to speed up the VM. When this flag is set,
    # mistakes in the preimage dict will be discovered only in the prover.
    __patricia_skip_validation_runner.verified_addresses.add(
        ids.hash_ptr + ids.HashBuiltin.result))",
         {"edge", "edge.length", "edge.path", "edge.bottom", "node", "hash_ptr.result"}, open_edge},
        {"memory[ap] = 1 if ids.height == 0 or len(preimage[ids.node]) == 2 else 0",
         {"height", "node"}, is_binary},
        {"assert case == 'right'", {}, assert_case_right},
        {"vm_enter_scope(dict(node=left_child, **common_args))", {}, enter_scope_with<kLeftChild>},
        {"vm_enter_scope(dict(node=right_child, **common_args))", {}, enter_scope_with<kRightChild>},
        {"vm_enter_scope(dict(node=node, **common_args))", {}, enter_scope_with<kNode>},
    };
}

}  // namespace xcairo
