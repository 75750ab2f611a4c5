// alloc.cairo, memcpy.cairo, memset.cairo hints and the execution scopes.
#include "hint_fixture.hpp"

namespace xcairo::testing {
namespace {

using HintsAlloc = HintFixture;

TEST_F(HintsAlloc, AllocWritesANewSegmentAtAp) {
    hint("memory[ap] = segments.add()");
    const size_t before = memory().segment_count();
    run();
    EXPECT_EQ(memory().segment_count(), before + 1);
    EXPECT_EQ(at(ap()), MaybeRelocatable(Relocatable{static_cast<int64_t>(before), 0}));
}

TEST_F(HintsAlloc, MemcpyCountsDownInItsScope) {
    hint("vm_enter_scope({'n': ids.len})");
    put(cell("len"), 2);
    run();
    EXPECT_EQ(scopes().depth(), 2u);
    EXPECT_EQ(scopes().get<int64_t>("n"), 2);
}

TEST_F(HintsAlloc, CountDownSetsContinueFlag) {
    hint("n -= 1\nids.continue_copying = 1 if n > 0 else 0");
    const Relocatable flag = cell("continue_copying");
    scopes().enter({{"n", int64_t{2}}});
    run();
    EXPECT_EQ(felt_at(flag), Felt::from_u64(1));
    EXPECT_EQ(scopes().get<int64_t>("n"), 1);
}

TEST_F(HintsAlloc, CountDownStopsAtZero) {
    hint("n -= 1\nids.continue_loop = 1 if n > 0 else 0");
    const Relocatable flag = cell("continue_loop");
    scopes().enter({{"n", int64_t{1}}});
    run();
    EXPECT_EQ(felt_at(flag), Felt());
}

TEST_F(HintsAlloc, CountDownWithoutScopeIsANameError) {
    hint("n -= 1\nids.continue_loop = 1 if n > 0 else 0");
    cell("continue_loop");
    EXPECT_EQ(run_error(), "NameError: name 'n' is not defined");
}

TEST_F(HintsAlloc, ExitScopeAtMainScopeFails) {
    hint("vm_exit_scope()");
    EXPECT_EQ(run_error(), "AssertionError: Cannot exit main scope.");
    scopes().enter();
    run();
    EXPECT_EQ(scopes().depth(), 1u);
}

}  // namespace
}  // namespace xcairo::testing
