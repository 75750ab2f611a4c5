// dict.cairo, default_dict.cairo and squash_dict.cairo hints.
#include "hint_fixture.hpp"
#include "hints/dict_manager.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kDefaultDictNew =
    "if '__dict_manager' not in globals():\n"
    "    from starkware.cairo.common.dict import DictManager\n"
    "    __dict_manager = DictManager()\n\n"
    "memory[ap] = __dict_manager.new_default_dict(segments, ids.default_value)";

constexpr const char* kDictRead =
    "dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)\n"
    "dict_tracker.current_ptr += ids.DictAccess.SIZE\n"
    "ids.value = dict_tracker.data[ids.key]";

constexpr const char* kDictUpdate =
    "# Verify dict pointer and prev value.\n"
    "dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)\n"
    "current_value = dict_tracker.data[ids.key]\n"
    "assert current_value == ids.prev_value, \\\n"
    "    f'Wrong previous value in dict. Got {ids.prev_value}, expected {current_value}.'\n\n"
    "# Update value.\n"
    "dict_tracker.data[ids.key] = ids.new_value\n"
    "dict_tracker.current_ptr += ids.DictAccess.SIZE";

class HintsDict : public HintFixture {
  protected:
    /// A default dict (default 9) made by the default_dict_new hint; returns its base.
    Relocatable new_default_dict() {
        hint(kDefaultDictNew);
        put(cell("default_value"), 9);
        run();
        const auto base = at(ap());
        EXPECT_TRUE(base && base->is_relocatable());
        return base && base->is_relocatable() ? base->relocatable() : Relocatable{};
    }
};

TEST_F(HintsDict, DefaultDictNewCreatesTheManagerAndASegment) {
    const Relocatable base = new_default_dict();
    EXPECT_EQ(base.offset, 0u);
    ASSERT_NE(scopes().find<DictManagerPtr>("__dict_manager"), nullptr);
}

TEST_F(HintsDict, ReadsTheDefaultAndMovesTheTracker) {
    const Relocatable base = new_default_dict();
    struct_type("DictAccess", {"key", "prev_value", "new_value"});
    const Relocatable dict_cell = cell("dict_ptr", "__main__.DictAccess*");
    const Relocatable value = cell("value");
    put(cell("key"), 1);
    put(dict_cell, base);
    hint(kDictRead);
    run();
    EXPECT_EQ(felt_at(value), Felt::from_u64(9));
    // The tracker moved on: the old pointer is stale now.
    EXPECT_EQ(run_error(), "AssertionError: Wrong dict pointer supplied. Got " +
                               base.to_string() + ", expected " + (base + 3).to_string() + ".");
}

TEST_F(HintsDict, UpdateWithAWrongPreviousValue) {
    const Relocatable base = new_default_dict();
    struct_type("DictAccess", {"key", "prev_value", "new_value"});
    put(cell("dict_ptr", "__main__.DictAccess*"), base);
    put(cell("key"), 1);
    put(cell("prev_value"), 4);
    put(cell("new_value"), 5);
    hint(kDictUpdate);
    EXPECT_EQ(run_error(), "AssertionError: Wrong previous value in dict. Got 4, expected 9.");
}

TEST(HintsDictData, DefaultValueIsInsertedOnRead) {
    DictData data;
    data.default_value = MaybeRelocatable(Felt::from_u64(4));
    EXPECT_EQ(data.at(Felt::from_u64(8), 1), MaybeRelocatable(Felt::from_u64(4)));
    EXPECT_EQ(data.values.size(), 1u);
}

TEST(HintsDictData, PlainDictRaisesKeyError) {
    DictData data;
    try {
        data.at(Felt::from_u64(8), 3);
        FAIL() << "expected a KeyError";
    } catch (const HintError& e) {
        EXPECT_STREQ(e.what(), "KeyError: 8");
        EXPECT_EQ(e.hint_line(), 3);
    }
}

TEST_F(HintsDict, SquashHintsNeedTheirScope) {
    hint("assert len(keys) == 0");
    EXPECT_EQ(run_error(), "NameError: name 'keys' is not defined");
}

TEST_F(HintsDict, NextKeyWithNoKeysLeft) {
    hint("assert len(keys) > 0, 'No keys left but remaining_accesses > 0.'\n"
         "ids.next_key = key = keys.pop()");
    cell("next_key");
    scopes().set("keys", std::vector<Felt>{});
    EXPECT_EQ(run_error(), "AssertionError: No keys left but remaining_accesses > 0.");
    scopes().set("keys", std::vector<Felt>{Felt::from_u64(9), Felt::from_u64(4)});
    run();
    EXPECT_EQ(felt_at(fp()), Felt::from_u64(4));
    EXPECT_EQ(scopes().get<Felt>("key"), Felt::from_u64(4));
}

}  // namespace
}  // namespace xcairo::testing
