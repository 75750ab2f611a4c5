// patricia.cairo's hints and the merkle_tree.py / patricia_utils.py functions behind them. The
// trees, preimages and descent maps are cairo-lang's: tests/unit/gen_patricia_vectors.py prints
// them from the reference's own build_update_tree and patricia_guess_descents.
#include "hint_fixture.hpp"
#include "hints/patricia_hints.hpp"
#include "value_ops.hpp"

namespace xcairo::testing {
namespace {

using namespace patricia;

Felt f(uint64_t v) { return Felt::from_u64(v); }

UpdateNode leaf(uint64_t v) {
    auto t = std::make_shared<UpdateTree>();
    t->leaf = MaybeRelocatable(f(v));
    return t;
}
UpdateNode pair(UpdateNode left, UpdateNode right) {
    auto t = std::make_shared<UpdateTree>();
    t->left = std::move(left);
    t->right = std::move(right);
    return t;
}

/// The tree as Python prints it: None, (left, right), or the leaf's value.
std::string repr(const UpdateNode& t) {
    if (!t) return "None";
    if (t->leaf) return value_text(*t->leaf);
    return "(" + repr(t->left) + ", " + repr(t->right) + ")";
}

std::string repr(const DescentMap& map) {
    std::string out = "{";
    for (const auto& [at, d] : map) {
        if (out.size() > 1) out += ", ";
        out += "(" + std::to_string(at.height) + ", " + at.path.to_dec() + "): (" +
               d.length.to_dec() + ", " + d.word.to_dec() + ")";
    }
    return out + "}";
}

using Mods = std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>>;
Mods mods(std::initializer_list<std::pair<uint64_t, uint64_t>> kv) {
    Mods out;
    for (auto [k, v] : kv) out.emplace_back(f(k), f(v));
    return out;
}

// Height 3: leaves 1 -> 11 and 6 -> 22, then 6 -> 33 and 7 -> 44 (fake hash, every node kept).
Preimage two_leaf_preimage() {
    return {{f(365), {f(2), f(1), f(11)}},     {f(723), {f(2), f(2), f(22)}},
            {f(23611), {f(365), f(723)}},      {f(1776), {f(33), f(44)}},
            {f(55079), {f(1), f(1), f(1776)}}, {f(947663), {f(365), f(55079)}}};
}

TEST(PatriciaTree, GuessDescents) {
    // cairo-lang: {(3, 0): (3, 5)} for one edge leaf 5 updated.
    const Preimage edge{{f(1000), {f(3), f(5), f(7)}}, {f(2000), {f(3), f(5), f(9)}}};
    EXPECT_EQ(repr(patricia_guess_descents(3, build_update_tree(3, mods({{5, 9}}), 1), edge,
                                           f(1000), f(2000), 1)),
              "{(3, 0): (3, 5)}");
    const Preimage two = two_leaf_preimage();
    EXPECT_EQ(repr(patricia_guess_descents(3, build_update_tree(3, mods({{6, 33}, {7, 44}}), 1),
                                           two, f(23611), f(947663), 1)),
              "{}");
    // From the empty tree: leaves 3 -> 5 and 12 -> 6 at height 4.
    const Preimage from_empty{{f(214), {f(3), f(3), f(5)}},
                              {f(262), {f(3), f(4), f(6)}},
                              {f(11093), {f(214), f(262)}}};
    EXPECT_EQ(repr(patricia_guess_descents(4, build_update_tree(4, mods({{3, 5}, {12, 6}}), 1),
                                           from_empty, f(0), f(11093), 1)),
              "{(3, 0): (3, 3), (3, 1): (3, 4)}");
}

TEST(PatriciaTree, GuessDescentsMissingNodeHasPythonsFrames) {
    try {
        patricia_guess_descents(3, build_update_tree(3, mods({{6, 33}, {7, 44}}), 1), Preimage{},
                                f(23611), f(947663), 16);
        FAIL();
    } catch (const HintError& e) {
        EXPECT_STREQ(e.what(), "KeyError: 23611");
        EXPECT_EQ(e.hint_line(), 16);
        std::vector<std::string> frames;
        for (const HintFrame& frame : e.inner_frames())
            frames.push_back(frame.function + ":" + std::to_string(frame.line));
        EXPECT_EQ(frames, (std::vector<std::string>{"patricia_guess_descents:249", "get_descents:161",
                                                    "preimage_tree:117", "get_children:96"}));
        EXPECT_EQ(e.inner_frames().back().marker, "              ~~~~~~~~^^^^^^^^^^^");
    }
}

/// Finds a patricia hint's exact text by a fragment unique to it.
std::string patricia_hint(std::string_view fragment, std::string_view also = "") {
    std::string found;
    for (const NativeHint& h : patricia_hints()) {
        if (h.code.find(fragment) != std::string_view::npos &&
            h.code.find(also) != std::string_view::npos) {
            EXPECT_TRUE(found.empty()) << "ambiguous fragment " << fragment;
            found = std::string(h.code);
        }
    }
    EXPECT_FALSE(found.empty()) << fragment;
    return found;
}

class HintsPatricia : public HintFixture {
  protected:
    HintsPatricia() {
        struct_type("DictAccess", {"key", "prev_value", "new_value"});
        struct_type("HashBuiltin", {"x", "y", "result"});
        struct_type("NodeEdge", {"length", "path", "bottom"});
    }

    void with_preimage(Preimage p) {
        scopes().set("preimage", PreimagePtr(std::make_shared<const Preimage>(std::move(p))));
    }
    /// common_args of a traversal (and its variables, as a traversal scope has them).
    void with_common_args(Preimage p, DescentMap descents = {}) {
        auto args = std::make_shared<const CommonArgs>(
            CommonArgs{std::make_shared<const Preimage>(std::move(p)),
                       std::make_shared<const DescentMap>(std::move(descents)), std::any()});
        scopes().set("preimage", args->preimage);
        scopes().set("descent_map", args->descent_map);
        scopes().set(kSkipValidationRunner, args->skip_validation_runner);
        scopes().set("common_args", CommonArgsPtr(args));
    }
    void with_node(UpdateNode node) { scopes().set("node", std::move(node)); }
    void with_case(NodeCase node_case) { scopes().set("case", node_case); }
    UpdateNode scope_tree(const std::string& name) { return scopes().get<UpdateNode>(name); }
    Felt ap_value() { return felt_at(ap()); }

    /// The node of the scope a `new_node = ... ids.bit == ...` hint enters, with ids.bit = 1.
    std::string child_for_bit_one(const char* text) {
        hint(patricia_hint(text));
        put(cell("bit"), 1);
        with_common_args({});
        scopes().set("left_child", leaf(1));
        scopes().set("right_child", leaf(2));
        run();
        return repr(scope_tree("node"));
    }

    /// The update hint over DictAccess entries (key, prev, new) written at fp + 10.
    void update_hint(const std::vector<std::array<uint64_t, 3>>& updates, uint64_t height,
                     uint64_t prev_root, uint64_t new_root, std::optional<int64_t> n_updates = {}) {
        hint(patricia_hint("build_update_tree(ids.height"));
        put(cell("n_updates"), n_updates.value_or(static_cast<int64_t>(updates.size())));
        put(cell("update_ptr", "__main__.DictAccess*"), fp() + 10);
        put(cell("height"), static_cast<int64_t>(height));
        put(cell("prev_root"), static_cast<int64_t>(prev_root));
        put(cell("new_root"), static_cast<int64_t>(new_root));
        for (size_t i = 0; i < updates.size(); ++i)
            for (size_t j = 0; j < 3; ++j)
                put(fp() + 10 + 3 * i + j, static_cast<int64_t>(updates[i][j]));
    }
};

TEST_F(HintsPatricia, UpdateBuildsTheTreeDescentsAndCommonArgs) {
    with_preimage({{f(214), {f(3), f(3), f(5)}}, {f(262), {f(3), f(4), f(6)}},
                   {f(11093), {f(214), f(262)}}});
    update_hint({{3, 0, 5}, {12, 0, 6}}, 4, 0, 11093);
    run();
    EXPECT_EQ(repr(scope_tree("node")), "(((None, (None, 5)), None), (None, ((6, None), None)))");
    EXPECT_EQ(repr(*scopes().get<DescentMapPtr>("descent_map")), "{(3, 0): (3, 3), (3, 1): (3, 4)}");
    const CommonArgsPtr args = scopes().get<CommonArgsPtr>("common_args");
    EXPECT_EQ(args->preimage, scopes().get<PreimagePtr>("preimage"));
    EXPECT_FALSE(args->skip_validation_runner.has_value());  // None
}

TEST_F(HintsPatricia, UpdateFailures) {
    update_hint({{6, 22, 33}, {7, 0, 44}}, 3, 23611, 947663);
    EXPECT_EQ(run_error(), "NameError: name 'preimage' is not defined");
    with_preimage({});
    EXPECT_EQ(run_error(), "KeyError: 23611");
}

TEST_F(HintsPatricia, UpdateReadsUnknownMemory) {
    with_preimage({});
    update_hint({{6, 22, 33}}, 3, 0, 0, 2);  // the second update is not written
    EXPECT_EQ(run_error(), "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError: Unknown value "
                           "for memory cell at address " + (fp() + 13).to_string() + ".");
}

TEST_F(HintsPatricia, IsBinaryReadsThePreimageUnlessAtALeaf) {
    hint(patricia_hint("len(preimage[ids.node]) == 2"));
    const Relocatable height = cell("height");
    const Relocatable node = cell("node");
    put(height, 0);
    put(node, 5);
    run();
    EXPECT_EQ(ap_value(), f(1));  // a leaf: the preimage is not read
}

TEST_F(HintsPatricia, IsBinaryOfAnEdge) {
    hint(patricia_hint("len(preimage[ids.node]) == 2"));
    put(cell("height"), 2);
    put(cell("node"), 365);
    with_preimage(two_leaf_preimage());
    run();
    EXPECT_EQ(ap_value(), f(0));
}

TEST_F(HintsPatricia, IsBinaryMissingNode) {
    hint(patricia_hint("len(preimage[ids.node]) == 2"));
    put(cell("height"), 2);
    put(cell("node"), 99);
    with_preimage(two_leaf_preimage());
    EXPECT_EQ(run_error(), "KeyError: 99");
}

TEST_F(HintsPatricia, OpenEdgeWritesTheEdgeAndTheHashResult) {
    hint(patricia_hint("ids.edge = segments.add()"));
    const Relocatable edge = cell("edge", "__main__.NodeEdge*");
    put(cell("node"), 365);
    const Relocatable hash_ptr = cell("hash_ptr", "__main__.HashBuiltin*");
    put(hash_ptr, fp() + 30);
    with_common_args(two_leaf_preimage());
    run();
    const auto base = at(edge);
    ASSERT_TRUE(base && base->is_relocatable());
    EXPECT_EQ(felt_at(base->relocatable()), f(2));
    EXPECT_EQ(felt_at(base->relocatable() + 1), f(1));
    EXPECT_EQ(felt_at(base->relocatable() + 2), f(11));
    EXPECT_EQ(felt_at(fp() + 32), f(363));  // node - length
}

TEST_F(HintsPatricia, OpenEdgeOfABinaryNode) {
    hint(patricia_hint("ids.edge = segments.add()"));
    cell("edge", "__main__.NodeEdge*");
    put(cell("node"), 23611);
    put(cell("hash_ptr", "__main__.HashBuiltin*"), fp() + 30);
    with_common_args(two_leaf_preimage());
    EXPECT_EQ(run_error(), "ValueError: not enough values to unpack (expected 3, got 2)");
}

TEST_F(HintsPatricia, BinaryNodeFillsTheHashInputsAndDecodes) {
    hint(patricia_hint("left_hash, right_hash = preimage[ids.node]"));
    put(cell("node"), 947663);
    put(cell("current_hash", "__main__.HashBuiltin*"), fp() + 30);
    with_common_args(two_leaf_preimage());
    with_node(pair(nullptr, leaf(1)));
    run();
    EXPECT_EQ(felt_at(fp() + 30), f(365));
    EXPECT_EQ(felt_at(fp() + 31), f(55079));
    EXPECT_EQ(ap_value(), f(1));
    EXPECT_EQ(scopes().get<NodeCase>("case"), NodeCase::right);
    EXPECT_EQ(repr(scope_tree("right_child")), "1");
}

TEST_F(HintsPatricia, BinaryNodeOfAnEdge) {
    hint(patricia_hint("left_hash, right_hash = preimage[ids.node]"));
    put(cell("node"), 365);
    put(cell("current_hash", "__main__.HashBuiltin*"), fp() + 30);
    with_common_args(two_leaf_preimage());
    with_node(pair(leaf(1), leaf(2)));
    EXPECT_EQ(run_error(), "ValueError: too many values to unpack (expected 2)");
}

TEST_F(HintsPatricia, DecodeInTraverseEmpty) {
    hint(patricia_hint("memory[ap] = 1 if case != 'both' else 0"));
    with_node(pair(leaf(1), leaf(2)));
    run();
    EXPECT_EQ(ap_value(), f(0));
}

TEST_F(HintsPatricia, DecodeInTraverseEdge) {
    hint(patricia_hint("decode_node(node)\nmemory[ap] = int(case != 'both')"));
    with_node(pair(leaf(1), nullptr));
    run();
    EXPECT_EQ(ap_value(), f(1));
    EXPECT_EQ(scopes().get<NodeCase>("case"), NodeCase::left);
}

TEST_F(HintsPatricia, DecodeWithoutNode) {
    hint(patricia_hint("memory[ap] = 1 if case != 'both' else 0"));
    EXPECT_EQ(run_error(), "NameError: name 'node' is not defined");
}

TEST_F(HintsPatricia, DescentLookup) {
    hint(patricia_hint("descend = descent_map.get("));
    put(cell("height"), 3);
    const Relocatable path = cell("path");
    put(path, 1);
    with_common_args({}, {{{3, f(1)}, {f(3), f(4)}}});
    run();
    EXPECT_EQ(ap_value(), f(1));
    const auto& descend = scopes().get<std::optional<Descent>>("descend");
    ASSERT_TRUE(descend);
    EXPECT_EQ(descend->word, f(4));
}

TEST_F(HintsPatricia, DescentLookupMisses) {
    hint(patricia_hint("descend = descent_map.get("));
    put(cell("height"), 3);
    put(cell("path"), 0);
    with_common_args({}, {{{3, f(1)}, {f(3), f(4)}}});
    run();
    EXPECT_EQ(ap_value(), f(0));
    EXPECT_FALSE(scopes().get<std::optional<Descent>>("descend"));
}

TEST_F(HintsPatricia, DescendIntoSiblingsAndWord) {
    hint(patricia_hint("memory[ids.siblings], ids.word = descend"));
    put(cell("siblings", "felt*"), fp() + 30);
    const Relocatable word = cell("word");
    scopes().set("descend", std::optional<Descent>(Descent{f(3), f(5)}));
    run();
    EXPECT_EQ(felt_at(fp() + 30), f(3));
    EXPECT_EQ(felt_at(word), f(5));
}

TEST_F(HintsPatricia, DescendLengthAndWordOfNone) {
    hint(patricia_hint("ids.length, ids.word = descend"));
    cell("length");
    cell("word");
    scopes().set("descend", std::optional<Descent>());
    EXPECT_EQ(run_error(), "TypeError: cannot unpack non-iterable NoneType object");
}

TEST_F(HintsPatricia, DescendLengthAndWord) {
    hint(patricia_hint("ids.length, ids.word = descend"));
    const Relocatable length = cell("length");
    const Relocatable word = cell("word");
    scopes().set("descend", std::optional<Descent>(Descent{f(2), f(1)}));
    run();
    EXPECT_EQ(felt_at(length), f(2));
    EXPECT_EQ(felt_at(word), f(1));
}

TEST_F(HintsPatricia, SingleChildEntersItsScope) {
    hint(patricia_hint("ids.child_bit = 0 if case == 'left' else 1"));
    const Relocatable bit = cell("child_bit");
    with_common_args({});
    with_case(NodeCase::right);
    scopes().set("left_child", UpdateNode());
    scopes().set("right_child", leaf(7));
    run();
    EXPECT_EQ(felt_at(bit), f(1));
    EXPECT_EQ(scopes().depth(), 2u);
    EXPECT_EQ(repr(scope_tree("node")), "7");
    EXPECT_NE(scopes().find<CommonArgsPtr>("common_args"), nullptr);
}

TEST_F(HintsPatricia, WalkDescentFollowsTheWordsBits) {
    hint(patricia_hint("new_node = new_node[(ids.word >> i) & 1]"));
    put(cell("length"), 3);
    put(cell("word"), 5);  // right, left, right
    with_common_args({});
    with_node(pair(nullptr, pair(pair(nullptr, leaf(9)), nullptr)));
    run();
    EXPECT_EQ(repr(scope_tree("node")), "9");
}

TEST_F(HintsPatricia, WalkDescentIntoNone) {
    hint(patricia_hint("new_node = new_node[(ids.word >> i) & 1]"));
    put(cell("length"), 3);
    put(cell("word"), 0);
    with_common_args({});
    with_node(pair(nullptr, leaf(1)));
    EXPECT_EQ(run_error(), "TypeError: 'NoneType' object is not subscriptable");
}

TEST_F(HintsPatricia, EdgeBit) {
    hint(patricia_hint("ids.bit = (ids.edge.path >> ids.new_length) & 1"));
    const Relocatable bit = cell("bit");
    reference("edge", "[cast(fp + 1, __main__.NodeEdge*)]", "__main__.NodeEdge");
    put(fp() + 2, 6);  // edge.path
    reference("new_length", "[cast(fp + 4, felt*)]", "felt");
    put(fp() + 4, 2);
    run();
    EXPECT_EQ(felt_at(bit), f(1));
}

TEST_F(HintsPatricia, CaseRightXorBit) {
    hint(patricia_hint("memory[ap] = int(case == 'right') ^ ids.bit"));
    const Relocatable bit = cell("bit");
    put(bit, 1);
    with_case(NodeCase::right);
    run();
    EXPECT_EQ(ap_value(), f(0));
}

TEST_F(HintsPatricia, CaseRightXorBitIsAPythonInt) {
    // (P - 1) ^ 1 == P, which memory holds as 0.
    hint(patricia_hint("memory[ap] = int(case == 'right') ^ ids.bit"));
    put(cell("bit"), MaybeRelocatable(Felt::from_i64(-1)));
    with_case(NodeCase::right);
    run();
    EXPECT_EQ(ap_value(), f(0));
}

TEST_F(HintsPatricia, ChildOfBitZero) {
    EXPECT_EQ(child_for_bit_one("ids.bit == 0"), "2");
}

TEST_F(HintsPatricia, ChildOfBitOne) {
    EXPECT_EQ(child_for_bit_one("ids.bit == 1"), "1");
}

TEST_F(HintsPatricia, EdgeBottomHashes) {
    hint(patricia_hint("ids.hash_ptr.x, ids.hash_ptr.y = preimage[ids.edge.bottom]"));
    put(cell("hash_ptr", "__main__.HashBuiltin*"), fp() + 30);
    reference("edge", "[cast(fp + 1, __main__.NodeEdge*)]", "__main__.NodeEdge");
    put(fp() + 3, 1776);  // edge.bottom
    with_common_args(two_leaf_preimage());
    run();
    EXPECT_EQ(felt_at(fp() + 30), f(33));
    EXPECT_EQ(felt_at(fp() + 31), f(44));
}

TEST_F(HintsPatricia, AssertCaseRight) {
    hint("assert case == 'right'");
    EXPECT_EQ(run_error(), "NameError: name 'case' is not defined");
    with_case(NodeCase::left);
    EXPECT_EQ(run_error(), "AssertionError");
    with_case(NodeCase::right);
    EXPECT_EQ(run_error(), "");
}

TEST_F(HintsPatricia, EnterScopes) {
    with_common_args(two_leaf_preimage());
    with_node(leaf(3));
    scopes().set("left_child", leaf(1));
    scopes().set("right_child", leaf(2));
    for (const char* name : {"left_child", "right_child", "node"}) {
        hint(std::string("vm_enter_scope(dict(node=") + name + ", **common_args))");
        run();
        EXPECT_EQ(scopes().get<PreimagePtr>("preimage")->size(), 6u);
        EXPECT_EQ(repr(scope_tree("node")), name[0] == 'l' ? "1" : name[0] == 'r' ? "2" : "3");
        scopes().exit();
    }
    scopes().current().erase("common_args");
    EXPECT_EQ(run_error(), "NameError: name 'common_args' is not defined");
}

}  // namespace
}  // namespace xcairo::testing
