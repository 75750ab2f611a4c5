// Scope variables that library hints read from their caller's hints: taken from the executor's
// side of the scopes (a fake bridge here; python/ has the real one), converted to native types.
#include <map>

#include "hint_fixture.hpp"
#include "hints/scope_variables.hpp"

namespace xcairo::testing {
namespace {

ScopeValue int_value(int64_t v) {
    ScopeValue value;
    value.kind = ScopeValue::Kind::value;
    value.value = Felt::from_i64(v);
    value.reduced = v < 0;
    return value;
}

ScopeValue sequence(ScopeValue::Kind kind, std::vector<ScopeValue> items) {
    ScopeValue value;
    value.kind = kind;
    value.items = std::move(items);
    return value;
}

/// An executor's scope: each variable an object of its own (its address is its identity).
class FakeBridge final : public ScopeBridge {
  public:
    void bind(const std::string& name, ScopeValue value) {
        m_vars[name] = std::make_shared<ScopeValue>(std::move(value));
    }
    bool has(const std::string& name) const { return m_vars.count(name) != 0; }
    int reads = 0;

    const void* identity(ExecScopes&, const std::string& name) override {
        const auto it = m_vars.find(name);
        return it == m_vars.end() ? nullptr : it->second.get();
    }
    std::optional<ForeignVariable> read(ExecScopes&, const std::string& name, int64_t) override {
        ++reads;
        const auto it = m_vars.find(name);
        if (it == m_vars.end()) return std::nullopt;
        return ForeignVariable{*it->second, it->second.get(), it->second};
    }
    void erase(ExecScopes&, const std::string& name) override { m_vars.erase(name); }

  private:
    std::map<std::string, std::shared_ptr<ScopeValue>> m_vars;
};

class ScopeBridgeTest : public HintFixture {
  protected:
    void SetUp() override { scopes().set_bridge(&bridge); }
    FakeBridge bridge;
};

TEST_F(ScopeBridgeTest, CallerVariableIsCopiedOnceAndAgainWhenRebound) {
    bridge.bind("auth_path", sequence(ScopeValue::Kind::list, {int_value(1), int_value(2)}));
    AuthPath& path = scopes().get<AuthPath>("auth_path");
    EXPECT_EQ(path, (AuthPath{Felt::from_u64(1), Felt::from_u64(2)}));
    path.pop_back();  // a native hint's change stays with its copy
    EXPECT_EQ(scopes().get<AuthPath>("auth_path").size(), 1u);
    EXPECT_EQ(bridge.reads, 1);
    bridge.bind("auth_path", sequence(ScopeValue::Kind::list, {int_value(7)}));
    EXPECT_EQ(scopes().get<AuthPath>("auth_path"), AuthPath{Felt::from_u64(7)});
    bridge.erase(scopes(), "auth_path");
    EXPECT_EQ(scopes().lookup("auth_path"), nullptr);
}

TEST_F(ScopeBridgeTest, NativeVariablesWinAndOtherNamesStayNative) {
    scopes().set("__find_element_index", int64_t{3});
    bridge.bind("__find_element_index", int_value(5));
    EXPECT_EQ(scopes().get<int64_t>("__find_element_index"), 3);
    bridge.bind("keys", sequence(ScopeValue::Kind::list, {}));
    EXPECT_EQ(scopes().lookup("keys"), nullptr);
    EXPECT_EQ(bridge.reads, 0);
}

TEST_F(ScopeBridgeTest, EraseDeletesOnBothSides) {
    bridge.bind("__find_element_index", int_value(5));
    EXPECT_EQ(scopes().get<int64_t>("__find_element_index"), 5);
    scopes().erase("__find_element_index");
    EXPECT_FALSE(bridge.has("__find_element_index"));
    EXPECT_EQ(scopes().lookup("__find_element_index"), nullptr);
}

TEST_F(ScopeBridgeTest, CopiesBelongToTheirScope) {
    bridge.bind("__keccak_max_size", int_value(4));
    EXPECT_EQ(scopes().get<int64_t>("__keccak_max_size"), 4);
    scopes().enter();
    bridge.bind("__keccak_max_size", int_value(8));  // the new scope's own variable
    EXPECT_EQ(scopes().get<int64_t>("__keccak_max_size"), 8);
    scopes().exit();
    bridge.bind("__keccak_max_size", int_value(4));
    EXPECT_EQ(scopes().get<int64_t>("__keccak_max_size"), 4);
}

TEST_F(ScopeBridgeTest, ValuesOfAnotherShapeNameTheVariable) {
    bridge.bind("initial_dict", sequence(ScopeValue::Kind::list, {int_value(1)}));
    try {
        scopes().lookup("initial_dict", 5);
        FAIL() << "expected a TypeError";
    } catch (const HintError& e) {
        EXPECT_STREQ(e.what(),
                     "TypeError: xcairo: the scope variable 'initial_dict' set by a Python hint "
                     "holds a list; native hints take a dict with int keys in [0, P) there.");
        EXPECT_EQ(e.hint_line(), 5);
    }
    bridge.bind("auth_path", sequence(ScopeValue::Kind::list, {int_value(-1)}));
    EXPECT_THROW(scopes().lookup("auth_path"), HintError);
    bridge.bind("__usort_max_size", ScopeValue{});
    ASSERT_NE(scopes().lookup("__usort_max_size"), nullptr);
    EXPECT_FALSE(scopes().lookup("__usort_max_size")->has_value());
    bridge.bind("__find_element_max_size", ScopeValue{});
    EXPECT_THROW(scopes().lookup("__find_element_max_size"), HintError);
}

TEST_F(ScopeBridgeTest, DictNewWritesTheCallersValuesWithGenArg) {
    // {1: -1, 2: [5, (6,)]}: the dict's segment first, then one per list or tuple, depth first.
    bridge.bind("initial_dict",
                sequence(ScopeValue::Kind::dict,
                         {int_value(1), int_value(-1), int_value(2),
                          sequence(ScopeValue::Kind::list,
                                   {int_value(5), sequence(ScopeValue::Kind::tuple, {int_value(6)})})}));
    hint("if '__dict_manager' not in globals():\n"
         "    from starkware.cairo.common.dict import DictManager\n"
         "    __dict_manager = DictManager()\n\n"
         "memory[ap] = __dict_manager.new_dict(segments, initial_dict)\n"
         "del initial_dict");
    run();
    EXPECT_FALSE(bridge.has("initial_dict"));
    const auto base = at(ap());
    ASSERT_TRUE(base && base->is_relocatable());
    DictData& data = scopes().get<DictManagerPtr>("__dict_manager")->tracker(*base, 1).data;
    EXPECT_EQ(data.at(Felt::from_u64(1), 1), MaybeRelocatable(Felt::from_i64(-1)));
    const MaybeRelocatable list = data.at(Felt::from_u64(2), 1);
    ASSERT_TRUE(list.is_relocatable());
    EXPECT_EQ(list.relocatable().segment, base->relocatable().segment + 1);
    EXPECT_EQ(felt_at(list.relocatable()), Felt::from_u64(5));
    const auto tuple = at(list.relocatable() + 1);
    ASSERT_TRUE(tuple && tuple->is_relocatable());
    EXPECT_EQ(tuple->relocatable().segment, base->relocatable().segment + 2);
    EXPECT_EQ(felt_at(tuple->relocatable()), Felt::from_u64(6));
}

}  // namespace
}  // namespace xcairo::testing
