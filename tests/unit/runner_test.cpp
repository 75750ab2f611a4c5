#include <gtest/gtest.h>

#include <sstream>

#include "program_fixtures.hpp"
#include "vmcore/runner.hpp"

// Expected values are cairo-run's own output on the fixtures (tests/unit/data/runner_*.cairo,
// run with --layout small and the print flags named in each test).
namespace xcairo {
namespace {

// A runner of a fixture on layout small, initialized; `end` receives the end pc.
std::unique_ptr<Runner> start_fixture(const std::string& name, Relocatable& end) {
    RunnerConfig config;
    config.layout = "small";
    auto runner =
        std::make_unique<Runner>(std::make_shared<const Program>(test::fixture(name)), config);
    end = runner->initialize_main_entrypoint();
    return runner;
}

std::unique_ptr<Runner> run_fixture(const std::string& name) {
    Relocatable end;
    auto runner = start_fixture(name, end);
    runner->run_until_pc(end);
    runner->mark_original_steps();
    runner->end_run();
    runner->read_return_values();
    runner->verify_secure_run();
    runner->relocate();
    return runner;
}

TEST(Runner, SuccessfulRunMatchesCairoRun) {
    const auto runner = run_fixture("runner_ok.json");
    EXPECT_EQ(runner->current_step(), 9u);
    EXPECT_EQ(runner->output_text(), "Program output:\n  9\n  -1\n\n");
    EXPECT_EQ(runner->info_text(true),
              "Number of steps: 9 (originally, 9)\nUsed memory cells: 24\n"
              "Register values after execution:\npc = 25\nap = 23\nfp = 25\n\n");
    EXPECT_EQ(runner->segments_text(),
              "Segment relocation table:\n0     1\n1     14\n2     23\n3     25\n4     25\n");
}

TEST(Runner, RelocatedTraceAndMemoryOrder) {
    const auto runner = run_fixture("runner_ok.json");
    // (ap, fp, pc) of each step, as in cairo-run's trace file.
    const std::vector<std::array<uint64_t, 3>> expected_trace = {
        {17, 17, 3}, {18, 17, 5}, {20, 20, 1}, {21, 20, 2}, {21, 17, 7},
        {21, 17, 8}, {22, 17, 10}, {22, 17, 11}, {23, 17, 13}};
    const std::vector<RelocatedTraceEntry> trace = runner->relocated_trace();
    ASSERT_EQ(trace.size(), expected_trace.size());
    for (size_t i = 0; i < trace.size(); ++i) {
        EXPECT_EQ((std::array<uint64_t, 3>{trace[i].ap, trace[i].fp, trace[i].pc}), expected_trace[i]);
    }
    // The memory file lists cells in the order of their first writes.
    std::ostringstream memory;
    runner->write_memory(memory);
    const std::string bytes = memory.str();
    ASSERT_EQ(bytes.size(), 24u * 40);
    const std::vector<uint64_t> expected_addresses = {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12,
                                                      13, 14, 15, 16, 17, 18, 19, 20, 23, 21, 24, 22};
    for (size_t i = 0; i < expected_addresses.size(); ++i) {
        uint64_t addr = 0;
        std::memcpy(&addr, bytes.data() + 40 * i, 8);
        EXPECT_EQ(addr, expected_addresses[i]) << "record " << i;
    }
}

TEST(Runner, FailureTextMatchesCairoRun) {
    Relocatable end;
    const auto started = start_fixture("runner_fail.json", end);
    Runner& runner = *started;
    try {
        runner.run_until_pc(end);
        FAIL() << "the run should fail";
    } catch (const VmError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "Error message: v must be 7, got 8\n"
                  "runner_fail.cairo:10:9: Error at pc=0:2:\n"
                  "An ASSERT_EQ instruction failed: 8 != 7.\n"
                  "        assert v = 7;\n"
                  "        ^***********^\n"
                  "Cairo traceback (most recent call last):\n"
                  "runner_fail.cairo:20:5: (pc=0:15)\n"
                  "    check(s - 1);\n"
                  "    ^**********^");
        EXPECT_EQ(e.pc(), "0:2");
        EXPECT_EQ(e.inner(), "An ASSERT_EQ instruction failed: 8 != 7.");
    }
}

TEST(Runner, BuiltinsMustBeInTheLayout) {
    auto program = std::make_shared<const Program>(test::fixture("runner_ok.json"));
    try {
        Runner runner(program, RunnerConfig{});
        FAIL() << "layout plain has no output builtin";
    } catch (const AssertionFailure& e) {
        EXPECT_STREQ(e.what(), "Builtins {'output'} are not present in layout \"plain\"");
    }
}

TEST(Runner, StepLimits) {
    Relocatable end;
    const auto started = start_fixture("runner_ok.json", end);
    Runner& runner = *started;
    EXPECT_THROW(runner.run_until_pc(end, 5), VmError);
    EXPECT_EQ(runner.current_step(), 5u);
    runner.run_until_pc(end);
    EXPECT_EQ(runner.current_step(), 9u);
    try {
        runner.run_for_steps(1);
        FAIL() << "running past the end must fail";
    } catch (const VmError& e) {
        EXPECT_STREQ(e.what(), "Error at pc=4:0:\nError: Execution reached the end of the program.");
    }
}

TEST(Runner, IntegerAddressesInTheMemoryReportAndEndRun) {
    // cairo-lang's print_memory(relocated=False) before end_run: ints first, in value order, the
    // first right after its initial old_addr = -1; then end_run fails on the first one written.
    Relocatable end;
    const auto started = start_fixture("runner_int_address.json", end);
    Runner& runner = *started;
    runner.run_until_pc(end);
    const std::string text = runner.memory_text(false);
    EXPECT_EQ(text.substr(0, text.find("0:0 ")),
              "Addr  Value\n-----------\n0     1\n\u22ee\n5     50\n6     61\n\u22ee\n" +
                  (-Felt::from_u64(1)).to_dec() + " 2\n\u22ee\n");
    EXPECT_EQ(runner.memory().used_cells(), 26u);
    try {
        runner.end_run();
        FAIL() << "end_run must fail";
    } catch (const UncaughtError& e) {
        EXPECT_EQ(e.python_type(), "starkware.cairo.lang.vm.vm_exceptions.SecurityError");
        EXPECT_STREQ(e.what(), "Expected memory address to be relocatable value. Found: 6.");
    }
}

}  // namespace
}  // namespace xcairo
