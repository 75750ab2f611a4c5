// The ecdsa builtin runner: its validation rule and add_signature against cairo-lang's own runner
// (builtin_rule_vectors.hpp), the AIR private input against process_ecdsa, and a whole run of
// data/ecdsa_signed.cairo with the signature added through the runner (cairo-run's output on the
// same program with the add_signature hint: output 1, 9 steps, 25 cells, pc 5:0, ap 1:9, fp 4:0).
#include <gtest/gtest.h>

#include "builtin_fixtures.hpp"
#include "builtins/ecdsa_runner.hpp"
#include "program_fixtures.hpp"
#include "vmcore/runner.hpp"

namespace {

using namespace xcairo;
using test::BuiltinSegment;
namespace vectors = builtin_rule_vectors;

EcdsaRunner& ecdsa_of(const BuiltinSegment& seg) { return dynamic_cast<EcdsaRunner&>(*seg.runner); }

EcdsaSignature signature(const uint64_t (&r)[4], const uint64_t (&s)[4]) {
    return {{r[0], r[1], r[2], r[3]}, {s[0], s[1], s[2], s[3]}};
}

TEST(EcdsaRunner, ValidationMatchesCairoLang) {
    int index = 0;
    for (const auto& c : vectors::kEcdsa) {
        SCOPED_TRACE("case " + std::to_string(index++));
        BuiltinSegment seg(make_ecdsa_runner);
        if (c.has_signature) {
            ASSERT_EQ(ecdsa_of(seg).add_signature(seg.base, signature(c.r, c.s)), "");
        }
        for (int i = 0; i < c.n_cells; ++i) seg.put(c.cells[i]);
        const Relocatable addr = seg.base + c.target;
        EXPECT_EQ(seg.runner->validate(seg.memory, addr, *seg.memory.get(addr)),
                  c.error == nullptr ? "" : c.error);
    }
}

TEST(EcdsaRunner, AddSignatureChecksTheAddress) {
    BuiltinSegment seg(make_ecdsa_runner);
    const EcdsaSignature sig = signature(vectors::kEcdsa[0].r, vectors::kEcdsa[0].s);
    const MaybeRelocatable bad[] = {test::felt_value(5), Relocatable{2, 0}, Relocatable{3, 1}};
    for (size_t i = 0; i < std::size(bad); ++i) {
        EXPECT_EQ(ecdsa_of(seg).add_signature(bad[i], sig), vectors::kAddSignatureErrors[i]);
    }
    EXPECT_TRUE(ecdsa_of(seg).signatures().empty());
    EXPECT_EQ(ecdsa_of(seg).add_signature(Relocatable{3, 4}, sig), "");
    EXPECT_EQ(ecdsa_of(seg).add_signature(Relocatable{3, 4}, sig), "");  // replaces it
    ASSERT_EQ(ecdsa_of(seg).signatures().size(), 1u);
    EXPECT_EQ(ecdsa_of(seg).signatures().begin()->first, (Relocatable{3, 4}));
}

TEST(EcdsaRunner, AirPrivateInput) {
    BuiltinSegment seg(make_ecdsa_runner);
    const auto& valid = vectors::kEcdsa[0];
    EXPECT_EQ(seg.runner->air_private_input(seg.memory), "[]");
    ASSERT_EQ(ecdsa_of(seg).add_signature(seg.base, signature(valid.r, valid.s)), "");
    seg.put(0, curve_fixtures::felt(valid.cells[0].felt));
    // vm_memory[addr + 1] of an unwritten message: memory_dict's UnknownMemoryError.
    try {
        seg.runner->air_private_input(seg.memory);
        ADD_FAILURE() << "no error";
    } catch (const UncaughtError& e) {
        EXPECT_EQ(e.python_type(), "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError");
        EXPECT_STREQ(e.what(), "Unknown value for memory cell at address 3:1.");
    }
    seg.put(1, test::felt_value(1));
    EXPECT_EQ(seg.runner->air_private_input(seg.memory),
              std::string(R"([{"index": 0, "pubkey": ")") + valid.cells[0].felt +
                  R"(", "msg": "0x1", "signature_input": {"r": ")" + vectors::kSignatureInputR +
                  R"(", "w": ")" + vectors::kSignatureInputW + R"("}}])");
}

TEST(EcdsaRunner, RunWithASignatureAddedThroughTheRunner) {
    const auto run = [](bool sign) {
        RunnerConfig config;
        config.layout = "small";
        auto runner = std::make_unique<Runner>(
            std::make_shared<const Program>(test::fixture("ecdsa_signed.json")), config);
        const Relocatable end = runner->initialize_main_entrypoint();
        auto* ecdsa = dynamic_cast<EcdsaRunner*>(runner->builtin_runner("ecdsa"));
        EXPECT_NE(ecdsa, nullptr);
        if (sign && ecdsa != nullptr) {
            const auto& valid = vectors::kEcdsa[0];
            EXPECT_EQ(ecdsa->add_signature(ecdsa->base(), signature(valid.r, valid.s)), "");
        }
        runner->run_until_pc(end);
        runner->mark_original_steps();
        runner->end_run();
        runner->read_return_values();
        runner->verify_secure_run();
        runner->relocate();
        return runner;
    };
    const auto runner = run(true);
    EXPECT_EQ(runner->output_text(), "Program output:\n  1\n\n");
    EXPECT_EQ(runner->info_text(false),
              "Number of steps: 9 (originally, 9)\nUsed memory cells: 25\n"
              "Register values after execution:\npc = 5:0\nap = 1:9\nfp = 4:0\n\n");
    EXPECT_EQ(runner->builtin_runner("pedersen"), nullptr);  // not in the program's %builtins
    try {
        run(false);
        ADD_FAILURE() << "no error";
    } catch (const VmError& e) {
        EXPECT_EQ(e.inner(), "Signature hint is missing for ECDSA builtin at address 3:0. Add it "
                             "using 'ecdsa_builtin.add_signature'.");
    }
}

}  // namespace
