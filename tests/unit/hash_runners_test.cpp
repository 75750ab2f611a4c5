// The pedersen, poseidon, ec_op and keccak builtin runners: deductions and error texts against
// cairo-lang's own runners (builtin_rule_vectors.hpp); end-of-run, security and AIR private input
// texts as cairo-run printed them on the corpus programs named in each test.
#include <gtest/gtest.h>

#include <string_view>

#include "builtin_fixtures.hpp"

namespace {

using namespace xcairo;
using test::BuiltinSegment;
using test::felt_value;

BuiltinSegment segment_of(std::string_view name) {
    if (name == "pedersen") return BuiltinSegment(make_pedersen_runner);
    if (name == "poseidon") return BuiltinSegment(make_poseidon_runner);
    if (name == "ec_op") return BuiltinSegment(make_ec_op_runner);
    return BuiltinSegment(make_keccak_runner);
}

TEST(HashRunners, FactoryTable) {
    const struct {
        const char* name;
        uint32_t cells;
    } expected[] = {{"pedersen", 3}, {"ecdsa", 2}, {"ec_op", 7}, {"keccak", 16}, {"poseidon", 6}};
    for (const auto& e : expected) {
        const auto runner = make_builtin_runner(e.name, Relocatable{3, 0});
        ASSERT_TRUE(runner) << e.name;
        EXPECT_EQ(runner->name(), e.name);
        EXPECT_EQ(runner->cells_per_instance(), e.cells);
        EXPECT_EQ(runner->has_deduction_rule(), std::string_view(e.name) != "ecdsa");
        EXPECT_EQ(runner->has_validation_rule(), std::string_view(e.name) == "ecdsa");
    }
}

TEST(HashRunners, RulesMatchCairoLang) {
    int index = 0;
    for (const auto& c : builtin_rule_vectors::kRules) {
        SCOPED_TRACE(std::string(c.builtin) + " case " + std::to_string(index++));
        BuiltinSegment seg = segment_of(c.builtin);
        for (int i = 0; i < c.n_cells; ++i) seg.put(c.cells[i]);
        const test::Deduction d = seg.deduce(c.target);
        if (c.error != nullptr) {
            EXPECT_FALSE(d.ok);
            EXPECT_EQ(d.error, c.error);
            continue;
        }
        EXPECT_TRUE(d.ok) << d.error;
        if (c.value == nullptr) {
            EXPECT_FALSE(d.value.has_value());
        } else {
            ASSERT_TRUE(d.value.has_value());
            EXPECT_EQ(*d.value, MaybeRelocatable(curve_fixtures::felt(c.value)));
        }
    }
}

TEST(HashRunners, DeducedOutputsPassVerification) {
    BuiltinSegment seg(make_poseidon_runner);
    for (uint64_t i = 0; i < 3; ++i) seg.put(i, felt_value(i + 1));
    for (uint64_t i = 3; i < 6; ++i) {
        const test::Deduction d = seg.deduce(i);
        ASSERT_TRUE(d.value.has_value());
        seg.put(i, *d.value);
    }
    EXPECT_EQ(seg.runner->verify_auto_deductions(seg.memory), "");
    EXPECT_EQ(seg.runner->security_check(seg.memory), std::nullopt);
}

// pedersen/ped_result_first and poseidon/pos_output_first: an output written before the inputs.
TEST(HashRunners, OutputWrittenFirstIsVerifiedAtTheEnd) {
    BuiltinSegment ped(make_pedersen_runner);
    ped.put(2, felt_value(5));
    ped.put(0, felt_value(1));
    ped.put(1, felt_value(3));
    EXPECT_EQ(ped.runner->verify_auto_deductions(ped.memory),
              "Inconsistent auto deduction rule at address 3:2. 5 != "
              "2492755623019086109032247218615964389726368532160653497039005814484393419348.");

    BuiltinSegment pos(make_poseidon_runner);
    pos.put(5, felt_value(7));
    for (uint64_t i = 0; i < 3; ++i) pos.put(i, felt_value(i + 1));
    ASSERT_TRUE(pos.deduce(3).value.has_value());  // the rule's cache now holds the instance
    EXPECT_EQ(pos.runner->verify_auto_deductions(pos.memory),
              "Inconsistent auto deduction rule at address 3:5. 7 != "
              "2512222140811166287287541003826449032093371832913959128171347018667852712082.");
}

// pedersen/ped_late_pointer: the rule's assertion when verify_auto_deductions runs it.
TEST(HashRunners, VerificationReportsTheRuleAssertion) {
    BuiltinSegment seg(make_pedersen_runner);
    seg.put(2, felt_value(5));
    seg.put(0, Relocatable{2, 0});
    seg.put(1, felt_value(3));
    EXPECT_EQ(seg.runner->verify_auto_deductions(seg.memory),
              "pedersen builtin: Expected integer at address 3:0. Got: 2:0.");
}

// pedersen/ped_missing_input, ped_few_cells, ped_unread_pointer; poseidon/pos_missing_input,
// pos_unread_pointer; keccak/kec_unread_too_big; ec_op/ec_unread_same_x.
TEST(HashRunners, SecurityChecks) {
    BuiltinSegment missing(make_pedersen_runner);
    missing.put(2, felt_value(5));
    missing.put(1, felt_value(1));
    missing.put(3, felt_value(1));
    missing.put(4, felt_value(1));
    EXPECT_EQ(missing.runner->security_check(missing.memory), "Missing memory cells for pedersen: 0.");

    BuiltinSegment few(make_pedersen_runner);
    few.put(0, felt_value(1));
    few.put(3, felt_value(1));
    few.put(4, felt_value(1));
    EXPECT_EQ(few.runner->security_check(few.memory), "Missing memory cells for pedersen.");

    BuiltinSegment unread(make_pedersen_runner);
    unread.put(0, felt_value(1));
    unread.put(1, felt_value(2));
    unread.put(3, Relocatable{2, 0});
    unread.put(4, felt_value(2));
    EXPECT_EQ(unread.runner->security_check(unread.memory),
              "pedersen builtin: Expected integer at address 3:3. Got: 2:0.");

    BuiltinSegment pos(make_poseidon_runner);
    pos.put(0, felt_value(1));
    pos.put(2, felt_value(3));
    pos.put(3, felt_value(3));
    pos.put(4, felt_value(3));
    EXPECT_EQ(pos.runner->security_check(pos.memory), "Missing memory cells for poseidon: 1.");

    BuiltinSegment kec(make_keccak_runner);
    for (uint64_t i = 0; i < 7; ++i) kec.put(i, felt_value(i + 1));
    kec.put(7, curve_fixtures::felt("0x800000000000000000000000000000000000000000000000000000000000000"));
    EXPECT_EQ(kec.runner->security_check(kec.memory),
              "Keccak builtin: Expected integer at address 3:7 to be smaller than 2^200. Got: "
              "3618502788666131106986593281521497120414687020801267626233049500247285301248.");

    BuiltinSegment ec(make_ec_op_runner);
    const Felt gx = curve_fixtures::felt("0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca");
    const Felt gy = curve_fixtures::felt("0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f");
    const Felt inputs[] = {gx, gy, gx, gy};
    for (uint64_t i = 0; i < 4; ++i) ec.put(i, inputs[i]);
    ec.put(4, felt_value(3));
    const std::string g = "(874739451078007766457464989774322083649278607533249481151382481072868806602, "
                          "152666792071518830868575557812948353041420400780739481342941381225525861407)";
    EXPECT_EQ(ec.runner->security_check(ec.memory),
              "Cannot apply EC operation: computation reached two points with the same x "
              "coordinate.\nAttempting to compute P + m * Q where:\nP = " + g + "\nm = 3\nQ = " + g + ".");
}

// proof/hash_builtins (keys in the order the cells were written) and proof/missing_*_input.
TEST(HashRunners, AirPrivateInput) {
    BuiltinSegment ped(make_pedersen_runner);
    ped.put(4, felt_value(4));
    ped.put(3, felt_value(3));
    ped.put(0, felt_value(1));
    ped.put(1, felt_value(2));
    ped.put(2, felt_value(9));
    EXPECT_EQ(ped.runner->air_private_input(ped.memory),
              R"([{"index": 0, "x": "0x1", "y": "0x2"}, {"index": 1, "y": "0x4", "x": "0x3"}])");

    BuiltinSegment pos(make_poseidon_runner);
    pos.put(2, felt_value(3));
    pos.put(0, felt_value(1));
    pos.put(1, felt_value(2));
    EXPECT_EQ(pos.runner->air_private_input(pos.memory),
              R"([{"index": 0, "input_s2": "0x3", "input_s0": "0x1", "input_s1": "0x2"}])");

    const auto missing = [](BuiltinSegment seg, std::initializer_list<uint64_t> offsets) {
        for (const uint64_t offset : offsets) seg.put(offset, felt_value(1));
        try {
            seg.runner->air_private_input(seg.memory);
        } catch (const AssertionFailure& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(missing(BuiltinSegment(make_pedersen_runner), {3, 4, 0}),
              "Missing second input of pedersen instance 0.");
    EXPECT_EQ(missing(BuiltinSegment(make_ec_op_runner), {0, 1, 3}),
              "Missing input 'q_x' of ec_op instance 0.");
    EXPECT_EQ(missing(BuiltinSegment(make_poseidon_runner), {0, 2}),
              "Missing input #1 of poseidon instance 0.");
    EXPECT_EQ(missing(BuiltinSegment(make_keccak_runner), {7}),
              "Missing input #0 of keccak instance 0.");

    BuiltinSegment pointer(make_keccak_runner);
    pointer.put(0, Relocatable{2, 0});
    EXPECT_THROW(pointer.runner->air_private_input(pointer.memory), AssertionFailure);
}

}  // namespace
