// The HintExecutor extension point: hints without a native handler compiled once at load and run
// through a HintContext; their failures reported as cairo-run reports a hint's exception.
#include <gtest/gtest.h>

#include "program_fixtures.hpp"
#include "vmcore/hint_executor.hpp"
#include "vmcore/machine.hpp"
#include "vmcore/runner.hpp"

namespace xcairo {
namespace {

/// Runs tiny.cairo's `memory[ap] = 41` (no native handler) by writing `value` at ap.
class WriteAtAp : public HintExecutor {
  public:
    std::optional<uint64_t> compile(const HintSpec& hint) override {
        compiled.push_back(hint.pc);
        if (compile_error) throw HintError("SyntaxError", "invalid syntax", 1);
        if (hint.hint.code != "memory[ap] = 41") return std::nullopt;
        return 7;
    }
    void execute(uint64_t handle, HintContext& context) override {
        EXPECT_EQ(handle, 7u);
        ++executed;
        if (fail) throw HintError("AssertionError", "no luck", 1);
        context.set(context.ap(), Felt::from_u64(41));
        step_seen = context.current_step();
    }

    std::vector<uint64_t> compiled;
    int executed = 0;
    uint64_t step_seen = 99;
    bool fail = false;
    bool compile_error = false;
};

struct TinyRun {
    std::shared_ptr<WriteAtAp> executor = std::make_shared<WriteAtAp>();
    std::unique_ptr<Runner> runner;
    Relocatable end;

    TinyRun(bool with_executor, bool fail = false, bool compile_error = false) {
        executor->fail = fail;
        executor->compile_error = compile_error;
        RunnerConfig config;
        if (with_executor) config.hint_executor = executor;
        runner = std::make_unique<Runner>(
            std::make_shared<const Program>(test::fixture("tiny.json")), config);
        end = runner->initialize_main_entrypoint();
    }
};

TEST(HintExecutor, CompiledOnceAtLoadAndRunBeforeItsInstruction) {
    TinyRun run(true);
    EXPECT_EQ(run.executor->compiled, std::vector<uint64_t>{9});
    EXPECT_EQ(run.executor->executed, 0);
    run.runner->run_until_pc(run.end);
    EXPECT_EQ(run.executor->executed, 1);
    EXPECT_EQ(run.executor->step_seen, 0u);
    run.runner->end_run();
}

TEST(HintExecutor, WithoutAnExecutorTheHintFailsWhenReached) {
    TinyRun run(false);
    try {
        run.runner->run_until_pc(run.end);
        FAIL() << "expected a VmError";
    } catch (const VmError& e) {
        EXPECT_NE(std::string(e.what()).find("Error at pc=0:9:\nxcairo has no native handler for "
                                             "this hint and was given no hint executor; the hint "
                                             "begins: memory[ap] = 41"),
                  std::string::npos)
            << e.what();
    }
}

TEST(HintExecutor, AFailureIsReportedWithThePythonTraceback) {
    TinyRun run(true, /*fail=*/true);
    try {
        run.runner->run_until_pc(run.end);
        FAIL() << "expected a VmError";
    } catch (const VmError& e) {
        const std::string text = e.what();
        EXPECT_NE(text.find("Error at pc=0:9:\nGot an exception while executing a hint."),
                  std::string::npos)
            << text;
        EXPECT_NE(text.find("Traceback (most recent call last):\n  File \"tiny.cairo\", line 13, in "
                            "<module>\n"),
                  std::string::npos)
            << text;
        EXPECT_EQ(text.substr(text.rfind('\n') + 1), "AssertionError: no luck");
    }
}

TEST(HintExecutor, ACompileErrorIsReportedAtLoad) {
    try {
        TinyRun run(true, false, /*compile_error=*/true);
        FAIL() << "expected a VmError";
    } catch (const VmError& e) {
        const std::string text = e.what();
        EXPECT_NE(text.find("Error at pc=0:9:\nGot an exception while compiling a hint."),
                  std::string::npos)
            << text;
        EXPECT_EQ(text.substr(text.rfind('\n') + 1), "SyntaxError: invalid syntax");
    }
}

TEST(HintExecutor, APausedMachineShowsItsPendingHint) {
    // tiny.cairo pauses before main's hint at pc 0:9; ids.BIG is the constant 2 ** 128.
    RunnerConfig config;
    config.hint_executor = std::make_shared<WriteAtAp>();
    Machine machine(std::make_shared<const Program>(test::fixture("tiny.json")), config);
    machine.set_stop_before_hints(true);
    ASSERT_EQ(machine.run().cause, StopCause::kBeforeHints);
    const std::unique_ptr<HintContext> hint = machine.pending_hint(0);
    EXPECT_EQ(hint->hint().code, "memory[ap] = 41");
    EXPECT_EQ(hint->pc(), machine.pc());
    const Felt two_to_128 = *Felt::parse("340282366920938463463374607431768211456");
    EXPECT_EQ(hint->ids("BIG").value, MaybeRelocatable(two_to_128));
    EXPECT_THROW(machine.pending_hint(1), Error);
    EXPECT_EQ(machine.run().cause, StopCause::kEnd);
    EXPECT_THROW(machine.pending_hint(0), Error);
}

}  // namespace
}  // namespace xcairo
