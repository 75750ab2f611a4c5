// merkle_update.cairo, merkle_multi_update.cairo and small_merkle_tree.cairo hints, and
// merkle_tree.py's update tree.
#include "builtins/pedersen.hpp"
#include "hint_fixture.hpp"
#include "hints/scope_variables.hpp"
#include "hints/update_tree.hpp"

namespace xcairo::testing {
namespace {

Felt f(uint64_t v) { return Felt::from_u64(v); }

using Modifications = std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>>;

TEST(UpdateTree, HoldsTheModifiedLeavesOnly) {
    // Height 2: leaves 1 and 3 (the later value of leaf 3 wins); leaves 0 and 2 stay None.
    const UpdateNode root =
        build_update_tree(2, Modifications{{f(3), f(30)}, {f(1), f(10)}, {f(3), f(33)}}, 1);
    ASSERT_TRUE(root && !root->leaf);
    ASSERT_TRUE(root->left && root->right);
    EXPECT_EQ(root->left->left, nullptr);
    EXPECT_EQ(*root->left->right->leaf, MaybeRelocatable(f(10)));
    EXPECT_EQ(root->right->left, nullptr);
    EXPECT_EQ(*root->right->right->leaf, MaybeRelocatable(f(33)));
    const DecodedNode decoded = decode_node(root->left, 1);
    EXPECT_EQ(decoded.node_case, NodeCase::right);
    EXPECT_EQ(decode_node(root, 1).node_case, NodeCase::both);
    EXPECT_EQ(build_update_tree(3, {}, 1), nullptr);
}

TEST(UpdateTree, IndicesBeyondTheHeightFailAsMerkleTreePy) {
    const std::string spread = hint_error_of([] { build_update_tree(1, Modifications{{f(0), f(1)}, {f(2), f(1)}}, 11); });
    EXPECT_EQ(spread, "AssertionError");
    EXPECT_EQ(hint_error_of([] { build_update_tree(1, Modifications{{f(2), f(1)}}, 11); }), "KeyError: 0");
    EXPECT_EQ(hint_error_of([] { decode_node(nullptr, 9); }),
              "TypeError: cannot unpack non-iterable NoneType object");
}

TEST(UpdateTree, FailuresMarkTheFailingExpressionAsPython311) {
    try {
        build_update_tree(1, Modifications{{f(2), f(1)}}, 11);
        FAIL() << "expected a KeyError";
    } catch (const HintError& e) {
        ASSERT_EQ(e.inner_frames().size(), 1u);
        EXPECT_EQ(e.inner_frames()[0].source, "return layer[0]");
        EXPECT_EQ(e.inner_frames()[0].marker, "       ~~~~~^^^");
    }
    EXPECT_EQ(marker_under("assert len(layer) == 1", "len(layer) == 1"), "       ^^^^^^^^^^^^^^^");
}

class HintsMerkle : public HintFixture {
  protected:
    /// ids.prev_node_hash and ids.new_node_hash: pointers to two HashBuiltin instances.
    void hash_pointers() {
        struct_type("HashBuiltin", {"x", "y", "result"});
        m_hashes = memory().add_segment();
        put(cell("prev_node_hash", "__main__.HashBuiltin*"), m_hashes);
        put(cell("new_node_hash", "__main__.HashBuiltin*"), m_hashes + 3);
    }
    Relocatable m_hashes;
};

TEST_F(HintsMerkle, SiblingsArePoppedFromTheEnd) {
    hash_pointers();
    scopes().set("auth_path", AuthPath{f(5), f(6)});
    hint("# Hash hints.\nsibling = auth_path.pop()\nids.prev_node_hash.y = sibling\n"
         "ids.new_node_hash.y = sibling");
    run();
    EXPECT_EQ(felt_at(m_hashes + 1), f(6));
    EXPECT_EQ(felt_at(m_hashes + 4), f(6));
    hint("# Hash hints.\nsibling = auth_path.pop()\nids.prev_node_hash.x = sibling\n"
         "ids.new_node_hash.x = sibling");
    run();
    EXPECT_EQ(felt_at(m_hashes), f(5));
    EXPECT_EQ(run_error(), "IndexError: pop from empty list");
}

TEST_F(HintsMerkle, LeftoverAuthPathFails) {
    hint("# Check that auth_path had the right number of elements.\n"
         "assert len(auth_path) == 0, 'Got too many values in auth_path.'");
    EXPECT_EQ(run_error(), "NameError: name 'auth_path' is not defined");
    scopes().set("auth_path", AuthPath{f(1)});
    EXPECT_EQ(run_error(), "AssertionError: Got too many values in auth_path.");
    scopes().set("auth_path", AuthPath{});
    EXPECT_EQ(run_error(), "");
}

/// The text of the native hint that starts with `start` (the long hints are not copied here).
std::string library_hint(std::string_view start) {
    for (const NativeHint* hint : all_native_hints())
        if (hint->code.substr(0, start.size()) == start) return std::string(hint->code);
    ADD_FAILURE() << "no native hint starts with " << start;
    return "";
}

class HintsMerkleNode : public HintFixture {
  protected:
    /// ids of the node hint; the scope of one level: node, preimage, no skip runner.
    void SetUp() override {
        struct_type("HashBuiltin", {"x", "y", "result"});
        hash_ptr = memory().add_segment();
        height_cell = cell("height");
        put(cell("prev_root"), 100);
        put(cell("new_root"), 200);
        put(cell("hash_ptr", "__main__.HashBuiltin*"), hash_ptr);
        hint(library_hint("if ids.height == 0:\n    assert node == ids.new_root"));
        auto preimage = std::make_shared<NodePreimage>();
        (*preimage)[f(100)] = {f(1), f(2)};
        (*preimage)[f(200)] = {f(1), f(3)};
        scopes().set("preimage", NodePreimagePtr(preimage));
        scopes().set("__merkle_multi_update_skip_validation_runner", std::any());
    }
    Relocatable hash_ptr;
    Relocatable height_cell;
};

TEST_F(HintsMerkleNode, FillsBothHashesAndTheCase) {
    put(height_cell, 1);
    scopes().set("node", build_update_tree(1, Modifications{{f(1), f(3)}}, 1));
    run();
    EXPECT_EQ(felt_at(hash_ptr), f(1));
    EXPECT_EQ(felt_at(hash_ptr + 1), f(2));
    EXPECT_EQ(felt_at(hash_ptr + 3), f(1));
    EXPECT_EQ(felt_at(hash_ptr + 4), f(3));
    EXPECT_EQ(scopes().get<NodeCase>("case"), NodeCase::right);
    EXPECT_EQ(felt_at(ap()), f(0));
    EXPECT_NE(scopes().get<UpdateNode>("right_child"), nullptr);
}

TEST_F(HintsMerkleNode, PreimageFailures) {
    put(height_cell, 1);
    scopes().set("node", build_update_tree(1, Modifications{{f(1), f(3)}}, 1));
    auto preimage = std::make_shared<NodePreimage>();
    (*preimage)[f(100)] = {f(1), f(2), f(3)};
    scopes().set("preimage", NodePreimagePtr(preimage));
    EXPECT_EQ(run_error(), "ValueError: too many values to unpack (expected 2)");
    (*preimage)[f(100)] = {f(1)};
    EXPECT_EQ(run_error(), "ValueError: not enough values to unpack (expected 2, got 1)");
    preimage->erase(f(100));
    EXPECT_EQ(run_error(), "KeyError: 100");
}

TEST_F(HintsMerkleNode, LeafMustBeTheNewRoot) {
    put(height_cell, 0);
    scopes().set("node", build_update_tree(0, Modifications{{f(0), f(7)}}, 1));
    EXPECT_EQ(run_error(), "AssertionError: Expected node 200. Got 7.");
    scopes().set("node", build_update_tree(0, Modifications{{f(0), f(200)}}, 1));
    run();
    EXPECT_EQ(scopes().get<NodeCase>("case"), NodeCase::leaf);
    EXPECT_EQ(felt_at(ap()), f(1));
}

class HintsSmallMerkleTree : public HintFixture {
  protected:
    /// A squashed dict {1: 20} (one access 1: 2 -> 20) tracked by a DictManager; height 1.
    void SetUp() override {
        struct_type("DictAccess", {"key", "prev_value", "new_value"});
        auto dicts = std::make_shared<DictManager>();
        DictData data;
        data.values[f(1)] = f(20);
        start = dicts->new_dict(context_memory(), std::move(data));
        put(start, 1);
        put(start + 1, 2);
        put(start + 2, 20);
        dicts->tracker(start, 1).current_ptr = start + 3;
        scopes().set("__dict_manager", dicts);
        put(cell("squashed_dict_start", "__main__.DictAccess*"), start);
        end_cell = cell("squashed_dict_end", "__main__.DictAccess*");
        put(end_cell, start + 3);
        put(cell("height"), 1);
        new_root = cell("new_root");
        prev_root = cell("prev_root");
        hint(library_hint("# Compute the roots and the preimage dictionary."));
    }
    /// DictManager::new_dict needs a context only for segments.add().
    HintContext& context_memory();

    Relocatable start, end_cell, new_root, prev_root;
};

class SegmentsOnly final : public HintContext {
  public:
    explicit SegmentsOnly(Memory& memory) : m_memory(memory) {}
    const Program& program() const override { throw Error("unused"); }
    const Hint& hint() const override { throw Error("unused"); }
    size_t hint_index() const override { return 0; }
    Relocatable pc() const override { return {}; }
    Relocatable ap() const override { return {}; }
    Relocatable fp() const override { return {}; }
    uint64_t current_step() const override { return 0; }
    std::optional<MaybeRelocatable> get(const Relocatable&) const override { return std::nullopt; }
    void set(const Relocatable&, const MaybeRelocatable&) override {}
    Relocatable add_segment() override { return m_memory.add_segment(); }
    Relocatable add_temp_segment() override { return m_memory.add_temp_segment(); }
    IdsValue ids(std::string_view) override { throw Error("unused"); }
    void set_ids(std::string_view, const MaybeRelocatable&) override {}
    ExecScopes& scopes() override { throw Error("unused"); }
    BuiltinRunner* builtin_runner(const std::string&) const override { return nullptr; }

  private:
    Memory& m_memory;
};

HintContext& HintsSmallMerkleTree::context_memory() {
    static thread_local std::unique_ptr<SegmentsOnly> context;
    context = std::make_unique<SegmentsOnly>(memory());
    return *context;
}

TEST_F(HintsSmallMerkleTree, RootsAndPreimage) {
    run();
    // Leaves [0, 20] after the accesses, [0, 2] before them.
    const Felt after = pedersen::hash(f(0), f(20));
    const Felt before = pedersen::hash(f(0), f(2));
    EXPECT_EQ(felt_at(new_root), after);
    EXPECT_EQ(felt_at(prev_root), before);
    const NodePreimage& preimage = *scopes().get<NodePreimagePtr>("preimage");
    EXPECT_EQ(preimage.at(after), (std::vector<Felt>{f(0), f(20)}));
    EXPECT_EQ(preimage.at(before), (std::vector<Felt>{f(0), f(2)}));
}

TEST_F(HintsSmallMerkleTree, InconsistentValues) {
    scopes().get<DictManagerPtr>("__dict_manager")->tracker(start + 3, 1).data.values[f(1)] = f(21);
    EXPECT_EQ(run_error(),
              "AssertionError: Inconsistent dictionary values. Expected new value: 21, found: 20");
}

TEST_F(HintsSmallMerkleTree, LeafBeyondTheHeight) {
    scopes().get<DictManagerPtr>("__dict_manager")->tracker(start + 3, 1).data.values[f(2)] = f(1);
    EXPECT_EQ(run_error(), "AssertionError");
}

}  // namespace
}  // namespace xcairo::testing
