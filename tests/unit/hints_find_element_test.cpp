// find_element.cairo, set.cairo and usort.cairo hints.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

constexpr const char* kSearchSortedLower = R"(array_ptr = ids.array_ptr
elm_size = ids.elm_size
assert isinstance(elm_size, int) and elm_size > 0, \
    f'Invalid value for elm_size. Got: {elm_size}.'

n_elms = ids.n_elms
assert isinstance(n_elms, int) and n_elms >= 0, \
    f'Invalid value for n_elms. Got: {n_elms}.'
if '__find_element_max_size' in globals():
    assert n_elms <= __find_element_max_size, \
        f'find_element() can only be used with n_elms<={__find_element_max_size}. ' \
        f'Got: n_elms={n_elms}.'

for i in range(n_elms):
    if memory[array_ptr + elm_size * i] >= ids.key:
        ids.index = i
        break
else:
    ids.index = n_elms)";

class HintsSearch : public HintFixture {
  protected:
    /// ids for search_sorted_lower over the array [10, 20, 30] (elm_size 1); returns ids.index.
    Relocatable setup(int64_t elm_size, int64_t n_elms, int64_t key) {
        hint(kSearchSortedLower);
        const Relocatable array = memory().add_segment();
        for (int64_t i = 0; i < 3; ++i) put(array + i, 10 * (i + 1));
        put(cell("array_ptr", "felt*"), array);
        put(cell("elm_size"), elm_size);
        put(cell("n_elms"), n_elms);
        put(cell("key"), key);
        return cell("index");
    }
};

TEST_F(HintsSearch, FindsTheFirstElementNotBelowTheKey) {
    const Relocatable index = setup(1, 3, 15);
    run();
    EXPECT_EQ(felt_at(index), Felt::from_u64(1));
}

TEST_F(HintsSearch, PastTheEndWhenEveryElementIsBelow) {
    const Relocatable index = setup(1, 3, 31);
    run();
    EXPECT_EQ(felt_at(index), Felt::from_u64(3));
}

TEST_F(HintsSearch, ZeroElementSizeIsRejected) {
    setup(0, 3, 1);
    EXPECT_EQ(run_error(), "AssertionError: Invalid value for elm_size. Got: 0.");
}

TEST_F(HintsSearch, MaxSizeFromTheScope) {
    setup(1, 3, 1);
    scopes().set("__find_element_max_size", int64_t{2});
    EXPECT_EQ(run_error(),
              "AssertionError: find_element() can only be used with n_elms<=2. Got: n_elms=3.");
}

TEST_F(HintsSearch, ReadingPastTheArrayIsUnknownMemory) {
    setup(1, 5, 100);
    EXPECT_EQ(run_error(), "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError: Unknown value "
                           "for memory cell at address 2:3.");
}

using HintsUsort = HintFixture;

TEST_F(HintsUsort, NextItemIndexWalksThePositions) {
    hint("current_pos = positions.pop()\nids.next_item_index = current_pos - last_pos\n"
         "last_pos = current_pos + 1");
    const Relocatable next = cell("next_item_index");
    scopes().set("positions", std::vector<int64_t>{7, 2});
    scopes().set("last_pos", int64_t{0});
    run();
    EXPECT_EQ(felt_at(next), Felt::from_u64(2));
    EXPECT_EQ(scopes().get<int64_t>("last_pos"), 3);
    scopes().set("positions", std::vector<int64_t>{});
    EXPECT_EQ(run_error(), "IndexError: pop from empty list");
}

}  // namespace
}  // namespace xcairo::testing
