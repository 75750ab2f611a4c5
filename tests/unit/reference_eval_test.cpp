// Cairo expressions: parsing, cairo-lang's type simplification and evaluation, ap correction and
// the error_message substitution. Expected values come from cairo-lang (ExpressionEvaluator,
// Reference.eval, cairo-run) on the same fixture and memory.
#include "vmcore/reference_eval.hpp"

#include <gtest/gtest.h>

#include "program_fixtures.hpp"

namespace xcairo {
namespace {

using test::error_attr_memory;
using test::fixture;

class Evaluation : public ::testing::Test {
  protected:
    /// The value's repr as cairo-lang prints values (str()), or "!!" + why it failed.
    std::string eval(std::string_view text) {
        const EvalRegisters regs{Relocatable{1, 16}, Relocatable{1, 12}};
        try {
            const EvalResult r = evaluate_expr(fixture("error_attr.json"), parse_cairo_expr(text),
                                               regs, m_memory.reader());
            if (const auto* v = std::get_if<EvalValue>(&r))
                return v->is_relocatable ? v->decimal_repr() : v->felt.to_dec();
            return "!!" + std::get<EvalError>(r).message;
        } catch (const UncaughtEvalError& e) {
            return std::string("!!") + e.what();
        }
    }

    test::FakeMemory m_memory = error_attr_memory();
};

TEST(CairoExpr, FormatAsCairoLang) {
    // Expression.format() of cairo-lang on the parsed text.
    const std::pair<const char*, const char*> cases[] = {
        {"[cast(fp + (-3), felt*)]", "[cast(fp + (-3), felt*)]"},
        {"cast([fp + (-4)] + 1, felt*)", "cast([fp + (-4)] + 1, felt*)"},
        {"[cast(ap + (-1), __main__.Point**)]", "[cast(ap + (-1), __main__.Point**)]"},
        {"cast((((((([fp + (-4)] + 1) * 2 + 3) * 4 + 5) * 6 + 7) * 8 + 9) * 10 + 11) * 12, felt)",
         "cast((((((([fp + (-4)] + 1) * 2 + 3) * 4 + 5) * 6 + 7) * 8 + 9) * 10 + 11) * 12, felt)"},
        {"[cast(fp, (x: felt, y: felt*)*)]", "[cast(fp, (x: felt, y: felt*)*)]"},
        {"-x * (y - z) / w ** 2", "(-x) * (y - z) / w ** 2"},
        {"a.b.c[2].d", "a.b.c[2].d"},
        {"&[fp]", "&[fp]"},
        {"(1, b=2)", "(1, b=2)"},
        {"'ab' + 0x10", "'ab' + 0x10"},
        {"(a + b) - (c + d)", "(a + b) - (c + d)"},
        {"-(a+b)", "-(a + b)"},
        {"--a", "-(-a)"},
        {"&&a", "&&a"},
        {"x ** y ** z", "x ** (y ** z)"},
        {"[fp + -1]", "[fp + (-1)]"},
    };
    for (const auto& [text, formatted] : cases)
        EXPECT_EQ(parse_cairo_expr(text)->format(), formatted);
    EXPECT_EQ(parse_cairo_type("(felt,)")->format(), "(felt,)");
    EXPECT_EQ(parse_cairo_type("felt**")->format(), "felt**");
    EXPECT_EQ(parse_cairo_type("(a: felt, felt)")->format(), "(a: felt, felt)");
    EXPECT_EQ(parse_cairo_expr("'ab'")->value, Felt::from_u64(0x6162));
    EXPECT_THROW(parse_cairo_expr("[fp + ]"), CairoSyntaxError);
    EXPECT_THROW(parse_cairo_expr("cast(fp, felt"), CairoSyntaxError);
    EXPECT_THROW(parse_cairo_type("felt felt"), CairoSyntaxError);
}

TEST(CairoExpr, SimpleReferences) {
    const auto simple = [](const char* text) {
        return is_simple_reference(*parse_cairo_expr(text), 20);
    };
    EXPECT_TRUE(simple("[cast(fp + (-3), felt*)]"));
    EXPECT_TRUE(simple("cast([fp + (-4)] * 3, felt)"));
    EXPECT_TRUE(simple("[cast(ap + (-1), felt*)]"));
    EXPECT_FALSE(simple(
        "cast((((((([fp + (-4)] + 1) * 2 + 3) * 4 + 5) * 6 + 7) * 8 + 9) * 10 + 11) * 12, felt)"));
    EXPECT_FALSE(simple("[fp] / 2"));
    EXPECT_FALSE(simple("[cast(fp, felt*)] + 1"));  // a cast below the top
    EXPECT_FALSE(simple("x"));
    // The bound is strict: 17 nodes under "[cast(...)]" fit the bound of 20 - 2, 19 do not.
    EXPECT_TRUE(simple("[cast(fp + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1, felt*)]"));
    EXPECT_FALSE(simple("[cast(fp + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1, felt*)]"));
}

TEST_F(Evaluation, AsExpressionEvaluator) {
    EXPECT_EQ(eval("[cast(fp + (-5), __main__.Point**)]"), "1:3");
    EXPECT_EQ(eval("[cast(fp + (-5), __main__.Point**)].y"), "4");
    EXPECT_EQ(eval("[[cast(fp + (-5), __main__.Point**)]].x"), "3");
    EXPECT_EQ(eval("&[cast(fp, __main__.Point*)].y"), "1:13");
    EXPECT_EQ(eval("cast(fp, __main__.Point*)[1].x"), "4");
    EXPECT_EQ(eval("cast(fp + (-5), felt**)[0]"), "1:3");
    EXPECT_EQ(eval("[ap + (-1)] * 2"), "16");
    EXPECT_EQ(eval("(1, 2)[1]"), "2");
    EXPECT_EQ(eval("cast(fp, felt) - 1"), "1:11");
    EXPECT_EQ(eval("[fp + (-3)] / 7"),
              "3618502788666131213697322783095070105623107215331596699973092056135872020480");
    EXPECT_EQ(eval("fp + (-13)"),
              "1:3618502788666131213697322783095070105623107215331596699973092056135872020480");
}

TEST_F(Evaluation, FailuresAsCairoLang) {
    EXPECT_EQ(eval("[cast(fp, __main__.Point*)]"),
              "!!Unable to evaluate expression of type '__main__.Point'.");
    EXPECT_EQ(eval("cast(7, codeoffset)"), "!!Unable to evaluate expression of type 'codeoffset'.");
    EXPECT_EQ(eval("[ap] + [ap + 100]"), "!!Unknown value for memory cell at address 1:16.");
    const std::string type_error = "!!starkware.cairo.lang.compiler.type_casts.CairoTypeError: ";
    EXPECT_EQ(
        eval("(a=fp, b=3).b"),
        type_error + "Accessing struct/tuple members for r-value structs is not supported yet.");
    EXPECT_EQ(eval("x + 1"), type_error + "Identifier 'x' is not allowed in this context.");
    EXPECT_EQ(eval("[cast(fp, __main__.Point*)].z"),
              type_error + "Member 'z' does not appear in definition of struct '__main__.Point'.");
    EXPECT_EQ(eval("cast(fp, __main__.Point)"),
              type_error + "Cannot cast 'felt' to '__main__.Point'.");
    EXPECT_EQ(eval("-fp"), "!!TypeError: bad operand type for unary -: 'RelocatableValue'");
    EXPECT_EQ(
        eval("2 ** 3"),
        "!!TypeError: ExpressionEvaluator.__init__() missing 3 required positional arguments: "
        "'ap', 'fp', and 'memory'");
}

TEST(ReferenceAt, CorrectsApWithinTheGroup) {
    Reference ref;
    ref.value = parse_cairo_expr("[cast(ap + (-1), felt*)]");
    ref.ap_tracking_data = {1, 2};
    EXPECT_EQ((*reference_at(ref, {1, 4}))->format(), "[cast(ap - 2 + (-1), felt*)]");
    EXPECT_EQ((*reference_at(ref, {1, 1}))->format(), "[cast(ap - (-1) + (-1), felt*)]");
    EXPECT_EQ(reference_at(ref, {2, 4}), std::nullopt);

    ref.value = parse_cairo_expr("cast([fp + (-4)] * 3 + ap, felt)");
    EXPECT_EQ((*reference_at(ref, {1, 4}))->format(), "cast([fp + (-4)] * 3 + ap - 2, felt)");
    ref.value = parse_cairo_expr("[cast(fp + (-3), felt*)]");
    EXPECT_EQ((*reference_at(ref, {7, 0}))->format(), "[cast(fp + (-3), felt*)]");

    // The corrected expression evaluates against the current ap: [1:16 - 2 - 1] = [1:13].
    test::FakeMemory mem = error_attr_memory();
    ref.value = parse_cairo_expr("[cast(ap + (-1), felt*)]");
    const EvalResult r =
        evaluate_expr(fixture("error_attr.json"), *reference_at(ref, {1, 4}),
                      EvalRegisters{Relocatable{1, 16}, Relocatable{1, 12}}, mem.reader());
    EXPECT_EQ(std::get<EvalValue>(r).felt, Felt::from_u64(3));
}

TEST(ErrorAttr, SubstitutionAsCairoRun) {
    // cairo-run --program error_attr.json --layout small; the error at pc 0:9 with fp = 1:12.
    const Program& p = fixture("error_attr.json");
    const test::FakeMemory mem = error_attr_memory();
    EXPECT_EQ(
        error_attr_value(p, 9, Relocatable{1, 12}, mem.reader()),
        "Error message: "
        "half=-1809251394333065606848661391547535052811553607665798349986546028067936010238 "
        "next=1:5 big={big} t={t} t={t} (Cannot evaluate ap-based or complex references: ['big', "
        "'t', 't'])\n"
        "Error message: p=1:3 q=4 t={t} r=15 p.x={p.x} nope={nope} {5} {} {bound (Cannot evaluate "
        "ap-based or complex references: ['t', 'p.x', 'nope'])\n"
        "Error message: Outer: bound=5 neg=-7\n");
    EXPECT_EQ(error_attr_value(p, 24, Relocatable{1, 3}, mem.reader()),
              "Error message: In main: pt={pt} (Cannot evaluate ap-based or complex references: "
              "['pt'])\n");
    EXPECT_EQ(error_attr_value(p, 10, Relocatable{1, 12}, mem.reader()), "");
    EXPECT_EQ(error_attr_value(p, 8, Relocatable{1, 12}, mem.reader()), "");
}

TEST(ErrorAttr, ReasonsForUnevaluableReferences) {
    const Program& p = fixture("error_attr.json");
    const test::FakeMemory mem = error_attr_memory();
    const Attribute& attr = p.attributes[1];
    const auto failure = [&](std::string_view name) {
        const EvalResult r =
            evaluate_error_reference(p, name, attr.accessible_scopes, *attr.flow_tracking_data,
                                     Relocatable{1, 12}, mem.reader());
        return std::get<EvalError>(r).failure;
    };
    EXPECT_EQ(failure("t"), EvalFailure::ApUnknown);
    EXPECT_EQ(failure("big"), EvalFailure::NotSimple);
    EXPECT_EQ(failure("p.x"), EvalFailure::Identifier);
    EXPECT_EQ(failure("nope"), EvalFailure::Identifier);
    // Unknown memory: fp moved so that [fp + (-4)] is not set.
    const EvalResult r =
        evaluate_error_reference(p, "bound", attr.accessible_scopes, *attr.flow_tracking_data,
                                 Relocatable{1, 40}, mem.reader());
    EXPECT_EQ(std::get<EvalError>(r).failure, EvalFailure::EvaluatorError);
}

TEST(ErrorAttr, ConstantsMakeCairoRunFail) {
    // cairo-run --program const_attr.json ends with this Python exception (a traceback).
    const Program& p = fixture("const_attr.json");
    ASSERT_EQ(p.attributes.size(), 1u);
    const uint64_t pc = p.attributes[0].start_pc;
    try {
        error_attr_value(p, pc, Relocatable{1, 2}, test::FakeMemory{}.reader());
        FAIL() << "no exception";
    } catch (const UncaughtEvalError& e) {
        EXPECT_STREQ(
            e.what(),
            "starkware.cairo.lang.compiler.preprocessor.flow.MissingReferenceError: Missing "
            "reference __main__.LIMIT.");
    }
}

}  // namespace
}  // namespace xcairo
