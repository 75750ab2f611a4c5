#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "bytecode.hpp"
#include "vmcore/hint_executor.hpp"
#include "program_fixtures.hpp"
#include "vmcore/machine.hpp"

// Expected values are cairo-run's own results on the fixtures (runner_ok: 9 steps, output 9 and
// -1, square() entered at step 2; runner_fail: the error of runner_test), or a Machine run in one
// go compared with the same run taken step by step.
namespace xcairo {
namespace {

std::unique_ptr<Machine> fixture_machine(const std::string& name, RunOptions options = {}) {
    RunnerConfig config;
    config.layout = "small";
    return std::make_unique<Machine>(std::make_shared<const Program>(test::fixture(name)), config,
                                     options);
}

// main: jmp rel 0, forever.
std::shared_ptr<const Program> endless_program() {
    auto program = std::make_shared<Program>();
    program->data = test::Asm().jmp_rel(0).code;
    program->main_scope = "__main__";
    Identifier main;
    main.kind = IdentifierKind::Function;
    program->identifiers.add("__main__.main", main);
    return program;
}

Relocatable label_pc(const Machine& machine, const std::string& name) {
    return machine.runner().program_base() + machine.program().identifiers.find(name)->pc;
}

TEST(Machine, RunsToTheEndAsCairoRun) {
    const auto machine = fixture_machine("runner_ok.json");
    EXPECT_EQ(machine->state(), MachineState::kNotStarted);
    const StopResult result = machine->run();
    EXPECT_EQ(result.cause, StopCause::kEnd);
    EXPECT_EQ(result.steps, 9u);
    EXPECT_EQ(machine->state(), MachineState::kFinished);
    const std::vector<std::optional<MaybeRelocatable>> output = machine->output();
    ASSERT_EQ(output.size(), 2u);
    EXPECT_EQ(*output[0], MaybeRelocatable(Felt::from_u64(9)));
    EXPECT_EQ(*output[1], MaybeRelocatable(Felt::from_i64(-1)));
    EXPECT_EQ(machine->run().cause, StopCause::kEnd);
}

TEST(Machine, SteppingMatchesOneRun) {
    const auto whole = fixture_machine("runner_ok.json");
    whole->run();
    const auto stepped = fixture_machine("runner_ok.json");
    uint64_t single_steps = 0;
    StopResult result;
    while ((result = stepped->step(1)).cause == StopCause::kSteps) {
        EXPECT_EQ(result.steps, 1u);
        EXPECT_EQ(stepped->state(), MachineState::kPaused);
        ++single_steps;
    }
    // The last step lands on main's end and the run finishes in the same call.
    EXPECT_EQ(result.cause, StopCause::kEnd);
    EXPECT_EQ(single_steps + result.steps, 9u);
    const std::vector<TraceEntry> a = whole->trace(), b = stepped->trace();
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_TRUE(a[i].pc == b[i].pc && a[i].ap == b[i].ap && a[i].fp == b[i].fp) << "step " << i;
    }
    EXPECT_EQ(whole->runner().info_text(true), stepped->runner().info_text(true));
}

TEST(Machine, BreakpointsAndRunUntilPc) {
    const auto machine = fixture_machine("runner_ok.json");
    const Relocatable square = label_pc(*machine, "__main__.square");
    machine->add_breakpoint(square);
    StopResult result = machine->run();
    EXPECT_EQ(result.cause, StopCause::kBreakpoint);
    EXPECT_EQ(result.steps, 2u);
    EXPECT_EQ(machine->pc(), square);
    EXPECT_EQ(machine->run().cause, StopCause::kEnd);

    const auto until = fixture_machine("runner_ok.json");
    result = until->run_until_pc(square);
    EXPECT_EQ(result.cause, StopCause::kReachedPc);
    EXPECT_EQ(until->current_step(), 2u);
    EXPECT_TRUE(until->breakpoints().empty());
    EXPECT_THROW(until->add_breakpoint(until->end_pc()), Error);
    EXPECT_EQ(until->run().steps, 7u);
}

TEST(Machine, FailureKeepsTheVmInspectable) {
    const auto machine = fixture_machine("runner_fail.json");
    const StopResult result = machine->run();
    EXPECT_EQ(result.cause, StopCause::kError);
    EXPECT_EQ(machine->state(), MachineState::kFailed);
    EXPECT_EQ(machine->error_text().rfind("Error message: v must be 7, got 8\n", 0), 0u);
    EXPECT_EQ(machine->pc().to_string(), "0:2");
    EXPECT_THROW(machine->rethrow_error(), VmError);
    EXPECT_EQ(machine->step(1).cause, StopCause::kError);
}

TEST(Machine, DebugErrorGoesOnWithTheEndChecks) {
    RunOptions options;
    options.debug_error = true;
    const auto machine = fixture_machine("runner_fail.json", options);
    machine->run();
    EXPECT_EQ(machine->debug_error_text().rfind("Error message: v must be 7, got 8\n", 0), 0u);
    // cairo-run then fails in read_return_values: end_run never ran.
    EXPECT_EQ(machine->state(), MachineState::kFailed);
    EXPECT_EQ(machine->error_text(), "Error: Run must be ended before calling read_return_values.");
}

TEST(Machine, InterruptFromAnotherThread) {
    Machine machine(endless_program(), RunnerConfig{});
    machine.request_interrupt();
    EXPECT_EQ(machine.run().cause, StopCause::kInterrupted);
    EXPECT_EQ(machine.current_step(), 0u);

    StopResult result;
    std::thread runner([&] { result = machine.run(); });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    machine.request_interrupt();
    runner.join();
    EXPECT_EQ(result.cause, StopCause::kInterrupted);
    EXPECT_GT(result.steps, 0u);
    EXPECT_EQ(machine.state(), MachineState::kPaused);
    EXPECT_EQ(machine.step(5).steps, 5u);
}

// The message of the MachineBusy f throws ("" when it throws none).
template <class F>
std::string busy_text(F&& f) {
    try {
        f();
    } catch (const MachineBusy& e) {
        return e.what();
    }
    return "";
}

TEST(Machine, OneDriverAtATime) {
    const auto machine = fixture_machine("runner_ok.json");
    std::string step_elsewhere, read_elsewhere;
    bool seen_driven = false;
    const auto from_another_thread = [&] {
        std::thread other([&] {
            seen_driven = machine->driven_elsewhere();
            step_elsewhere = busy_text([&] { machine->step(1); });
            read_elsewhere = busy_text([&] { machine->check_readable(); });
        });
        other.join();
    };
    {
        const Machine::DriveGuard guard(*machine);
        // The holder drives (several calls) and reads; a second guard here would be re-entry.
        EXPECT_EQ(machine->step(2).steps, 2u);
        EXPECT_FALSE(machine->driven_elsewhere());
        EXPECT_NE(busy_text([&] { const Machine::DriveGuard again(*machine); }).find("a hint of its run"),
                  std::string::npos);
        from_another_thread();
        EXPECT_TRUE(seen_driven);
        EXPECT_EQ(step_elsewhere, "xcairo: the VM is already running in another thread");
        EXPECT_EQ(read_elsewhere, "xcairo: the VM is running in another thread");
        EXPECT_EQ(machine->current_step(), 2u);
    }
    from_another_thread();
    EXPECT_FALSE(seen_driven);
    EXPECT_EQ(step_elsewhere, "");
    EXPECT_EQ(machine->current_step(), 3u);
    EXPECT_EQ(machine->run().cause, StopCause::kEnd);
}

/// Runs tiny.cairo's hint `memory[ap] = 41`, after trying to drive the machine running it.
class ReentrantHint : public HintExecutor {
public:
    std::optional<uint64_t> compile(const HintSpec&) override { return 0; }
    void execute(uint64_t, HintContext& context) override {
        if (!attempt) return context.set(context.ap(), Felt::from_u64(41));
        step_error = busy_text([&] { machine->step(1); });
        guard_error = busy_text([&] { const Machine::DriveGuard guard(*machine); });
        // Reading it is fine: it is paused in this hint.
        machine->check_readable();
        pc_seen = machine->pc();
        context.set(context.ap(), Felt::from_u64(41));
    }

    bool attempt = true;
    Machine* machine = nullptr;
    std::string step_error, guard_error;
    Relocatable pc_seen;
};

std::unique_ptr<Machine> tiny_machine(const std::shared_ptr<ReentrantHint>& hint) {
    RunnerConfig config;
    config.hint_executor = hint;
    auto machine = std::make_unique<Machine>(std::make_shared<const Program>(test::fixture("tiny.json")), config);
    hint->machine = machine.get();
    return machine;
}

TEST(Machine, AHintCannotDriveItsOwnRun) {
    const auto hint = std::make_shared<ReentrantHint>();
    const auto machine = tiny_machine(hint);
    EXPECT_EQ(machine->run().cause, StopCause::kEnd);
    const std::string reentry =
        "xcairo: the VM is already running: a hint of its run cannot step, run or replace it";
    EXPECT_EQ(hint->step_error, reentry);
    EXPECT_EQ(hint->guard_error, reentry);
    EXPECT_EQ(hint->pc_seen.to_string(), "0:9");
    EXPECT_NO_THROW(machine->check_idle());
    // The refused attempts left the run as it is without them.
    const auto plain_hint = std::make_shared<ReentrantHint>();
    plain_hint->attempt = false;
    const auto plain = tiny_machine(plain_hint);
    plain->run();
    EXPECT_EQ(machine->runner().info_text(true), plain->runner().info_text(true));
    EXPECT_EQ(machine->trace().size(), plain->trace().size());
}

}  // namespace
}  // namespace xcairo
