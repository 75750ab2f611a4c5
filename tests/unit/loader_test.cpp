// Loader: the program model of real cairo-compile output, and a LoadError for every malformed
// class.
#include <gtest/gtest.h>

#include <string>

#include "program_fixtures.hpp"
#include "vmcore/program.hpp"

namespace xcairo {
namespace {

using test::data_path;
using test::fixture;

/// Loads a file expecting a LoadError; returns its message.
std::string load_error(const std::string& path) {
    try {
        load_program_file(path);
    } catch (const LoadError& e) {
        return e.what();
    }
    ADD_FAILURE() << path << " loaded";
    return {};
}

std::string load_error_json(std::string_view text) {
    try {
        load_program_json(text);
    } catch (const LoadError& e) {
        return e.what();
    }
    ADD_FAILURE() << "loaded: " << text;
    return {};
}

std::string broken(const std::string& name) {
    return load_error(data_path("broken/" + name + ".json"));
}

/// The message of the IdentifierError f throws.
template <class F>
std::string identifier_error(F&& f) {
    try {
        f();
    } catch (const IdentifierError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no IdentifierError";
    return {};
}

const std::vector<std::string> kMainScopes{"__main__", "__main__.main"};

TEST(Loader, TopLevelFields) {
    const Program& p = fixture("tiny.json");
    ASSERT_EQ(p.data.size(), 17u);
    EXPECT_EQ(p.data[0].to_hex(), "0x208b7fff7fff7ffe");
    EXPECT_EQ(p.data[2].to_hex(),
              "0x800000000000011000000000000000000000000000000000000000000000000");
    EXPECT_EQ(p.data[16].to_hex(), "0x208b7fff7fff7ffe");
    EXPECT_TRUE(p.builtins.empty());
    EXPECT_EQ(p.main_scope, "__main__");
    EXPECT_EQ(p.compiler_version, "0.14.0.1");
    EXPECT_TRUE(p.attributes.empty());
    EXPECT_EQ(fixture("error_attr.json").builtins, std::vector<std::string>{"output"});
}

TEST(Loader, MainAndLabels) {
    const Program& p = fixture("tiny.json");
    EXPECT_EQ(p.main(), 9u);
    EXPECT_EQ(p.label("main.loop"), 10u);
    EXPECT_EQ(p.label("utils.twice"), 6u);
    EXPECT_EQ(p.label("get_ap"), 1u);  // an alias to a function
    EXPECT_EQ(p.label("__end__"), std::nullopt);
    EXPECT_EQ(p.start(), 0u);
    EXPECT_EQ(identifier_error([&] { p.label("BIG"); }),
              "'BIG' is expected to be label, found const.");
}

TEST(Loader, Identifiers) {
    const IdentifierTable& ids = fixture("tiny.json").identifiers;
    const Identifier* big = ids.find("__main__.BIG");
    ASSERT_NE(big, nullptr);
    EXPECT_EQ(big->kind, IdentifierKind::Const);
    EXPECT_EQ(big->value_dec, "340282366920938463463374607431768211456");
    EXPECT_EQ(big->value.to_hex(), "0x100000000000000000000000000000000");
    EXPECT_EQ(ids.find("__main__.MINUS")->value_dec, "-5");
    EXPECT_EQ(ids.find("__main__.MINUS")->value, Felt::from_i64(-5));

    const Identifier* twice = ids.find("__main__.utils.twice");
    EXPECT_EQ(twice->kind, IdentifierKind::Function);
    EXPECT_EQ(twice->pc, 6u);
    EXPECT_EQ(ids.find("starkware.cairo.lang.compiler.lib.registers.get_ap")->decorators,
              std::vector<std::string>{"known_ap_change"});
    EXPECT_EQ(ids.find("__main__.main.loop")->kind, IdentifierKind::Label);
    EXPECT_EQ(ids.find("__main__.utils")->kind, IdentifierKind::Namespace);
    EXPECT_EQ(ids.find("__main__.get_ap")->destination,
              "starkware.cairo.lang.compiler.lib.registers.get_ap");
    EXPECT_EQ(ids.find("starkware.cairo.lang.compiler.lib.registers.get_fp_and_pc.Return")
                  ->cairo_type->format(),
              "(fp_val: felt*, pc_val: felt*)");

    const Identifier* p = ids.find("__main__.main.p");
    EXPECT_EQ(p->kind, IdentifierKind::Reference);
    EXPECT_EQ(p->full_name, "__main__.main.p");
    EXPECT_EQ(p->cairo_type->format(), "felt*");
    ASSERT_EQ(p->references.size(), 1u);
    EXPECT_EQ(p->references[0].pc, 16u);
    EXPECT_EQ(p->references[0].ap_tracking_data, (ApTracking{3, 10}));
    EXPECT_EQ(p->references[0].value_text, "[cast(ap + (-1), felt**)]");

    const Identifier& point =
        fixture("error_attr.json").identifiers.struct_definition("__main__.Point");
    EXPECT_EQ(point.size, 2);
    ASSERT_EQ(point.members.size(), 2u);
    EXPECT_EQ(point.members[0].name, "x");
    EXPECT_EQ(point.members[1].name, "y");
    EXPECT_EQ(point.members[1].offset, 1);
    EXPECT_EQ(point.member("y")->cairo_type->format(), "felt");
}

TEST(Loader, IdentifierSearch) {
    const IdentifierTable& ids = fixture("tiny.json").identifiers;
    const auto y = ids.search(kMainScopes, "y");
    EXPECT_EQ(y.canonical_name, "__main__.main.y");
    EXPECT_EQ(y.definition->kind, IdentifierKind::Reference);
    EXPECT_EQ(ids.search({"__main__"}, "get_ap.Args").canonical_name,
              "starkware.cairo.lang.compiler.lib.registers.get_ap.Args");
    EXPECT_EQ(ids.get("__main__.utils").definition->kind, IdentifierKind::Namespace);
    EXPECT_EQ(ids.search_scope({"__main__"}, "get_ap"),
              "starkware.cairo.lang.compiler.lib.registers.get_ap");

    // Messages as cairo-lang's IdentifierManager raises them.
    EXPECT_EQ(identifier_error([&] { ids.search({"__main__"}, "nope.x"); }),
              "Unknown identifier 'nope'.");
    EXPECT_EQ(identifier_error([&] { ids.search({"__main__"}, "utils.nope"); }),
              "Unknown identifier '__main__.utils.nope'.");
    EXPECT_EQ(identifier_error([&] { ids.search({"__main__"}, "get_ap.nope"); }),
              "Alias resolution failed: __main__.get_ap.nope -> "
              "starkware.cairo.lang.compiler.lib.registers.get_ap.nope. Unknown identifier "
              "'starkware.cairo.lang.compiler.lib.registers.get_ap.nope'.");
    EXPECT_EQ(identifier_error([&] { ids.get("__main__.utils.twice.x.y").fully_parsed_name(); }),
              "Unexpected '.' after '__main__.utils.twice.x' which is reference.");
    EXPECT_EQ(identifier_error([&] { ids.get("__main__"); }),
              "Expected '__main__' to be an identifier, found a scope name.");
    EXPECT_EQ(identifier_error([&] { ids.search_scope({"__main__"}, "BIG"); }),
              "Identifier '__main__.BIG' is const, expected a scope.");
    EXPECT_THROW(ids.search({"__main__"}, "nope"), MissingIdentifierError);
}

TEST(Loader, HintsAndReferences) {
    const Program& p = fixture("tiny.json");
    ASSERT_EQ(p.hints.size(), 1u);
    const std::vector<Hint>& at9 = p.hints.at(9);
    ASSERT_EQ(at9.size(), 1u);
    EXPECT_EQ(at9[0].code, "memory[ap] = 41");
    EXPECT_EQ(at9[0].accessible_scopes, kMainScopes);
    EXPECT_EQ(at9[0].flow_tracking_data.ap_tracking, (ApTracking{3, 0}));
    EXPECT_FALSE(at9[0].flow_tracking_data.reference_id("__main__.main.y"));

    ASSERT_EQ(p.references.size(), 5u);
    EXPECT_EQ(p.references[2].pc, 6u);
    EXPECT_EQ(p.references[2].value_text, "[cast(fp + (-3), felt*)]");
    for (const Reference& r : p.references) EXPECT_EQ(r.value->format(), r.value_text);
}

TEST(Loader, Attributes) {
    const Program& p = fixture("error_attr.json");
    ASSERT_EQ(p.attributes.size(), 4u);
    const Attribute& outer = p.attributes[2];
    EXPECT_EQ(outer.name, "error_message");
    EXPECT_EQ(outer.value, "Outer: bound={bound} neg={neg}");
    EXPECT_EQ(outer.start_pc, 9u);
    EXPECT_EQ(outer.end_pc, 10u);
    EXPECT_EQ(outer.accessible_scopes, (std::vector<std::string>{"__main__", "__main__.check"}));
    ASSERT_TRUE(outer.flow_tracking_data);
    EXPECT_EQ(outer.flow_tracking_data->ap_tracking, (ApTracking{1, 4}));
    EXPECT_EQ(outer.flow_tracking_data->reference_id("__main__.check.bound"), 1u);
    EXPECT_EQ(outer.flow_tracking_data->reference_ids,
              p.attributes[0].flow_tracking_data->reference_ids);  // one shared map
}

TEST(Loader, DebugInfoParentChain) {
    const Program& p = fixture("locations.json");
    const InstructionLocation* il = p.instruction_location(9);
    ASSERT_NE(il, nullptr);
    EXPECT_EQ(il->accessible_scopes, kMainScopes);
    EXPECT_TRUE(il->hints.empty());
    const Location& inst = il->inst;
    EXPECT_EQ(inst.filename, "locations.cairo");
    EXPECT_EQ(inst.start_line, 11);
    EXPECT_EQ(inst.start_col, 13);
    EXPECT_EQ(inst.end_col, 29);
    ASSERT_TRUE(inst.parent);
    EXPECT_EQ(inst.parent_message, "While expanding the reference 'z' in:");
    EXPECT_EQ(inst.parent->start_line, 12);
    ASSERT_TRUE(inst.parent->parent);
    EXPECT_EQ(inst.parent->parent_message, "While expanding the reference 'w' in:");
    EXPECT_EQ(inst.parent->parent->start_line, 13);
    EXPECT_EQ(inst.parent->parent->start_col, 11);
    EXPECT_FALSE(inst.parent->parent->parent);
    EXPECT_EQ(p.instruction_location(1000), nullptr);
    ASSERT_NE(p.file_content("locations.cairo"), nullptr);
    EXPECT_EQ(p.file_content("locations.cairo")->substr(0, 13), "%builtins out");
    EXPECT_EQ(fixture("locations_nosrc.json").file_content("locations.cairo"), nullptr);
}

TEST(Loader, HintLocations) {
    const InstructionLocation* il = fixture("tiny.json").instruction_location(9);
    ASSERT_NE(il, nullptr);
    ASSERT_EQ(il->hints.size(), 1u);
    ASSERT_TRUE(il->hints[0]);
    EXPECT_EQ(il->hints[0]->location.start_line, 13);
    EXPECT_EQ(il->hints[0]->n_prefix_newlines, 0);
}

TEST(Loader, OptionalSectionsMayBeMissing) {
    const Program p = load_program_file(data_path("broken/no_optional_sections.json"));
    EXPECT_FALSE(p.debug_info);
    EXPECT_TRUE(p.attributes.empty());
    EXPECT_TRUE(p.hints.empty());
    EXPECT_FALSE(p.compiler_version);
    EXPECT_EQ(p.main(), 9u);
    EXPECT_EQ(p.instruction_location(9), nullptr);
}

TEST(Loader, IntegersAsDecimalTextLikeMarshmallow) {
    const Program p = load_program_file(data_path("lenient_integers.json"));
    EXPECT_EQ(p.main(), 9u);
    EXPECT_EQ(p.label("main.loop"), 10u);
}

TEST(LoaderErrors, UnreadableFile) {
    const std::string missing = data_path("no_such_program.json");
    EXPECT_EQ(load_error(missing), "can't open '" + missing +
                                       "': [Errno 2] No such file or directory: '" + missing + "'");
    const std::string dir = data_path("broken");
    EXPECT_EQ(load_error(dir),
              "can't open '" + dir + "': [Errno 21] Is a directory: '" + dir + "'");
}

TEST(LoaderErrors, NotJsonAsPythonsJsonModuleSaysIt) {
    // cairo-run's messages (a file read as text: "\r\n" counts as one character).
    const std::string prefix =
        "Failed to load compiled program (not a valid JSON file). Did you compile the code before "
        "running it? Error: '";
    EXPECT_EQ(broken("not_json"),
              prefix + "Expecting ',' delimiter: line 282 column 6 (char 9857)'");
    EXPECT_EQ(load_error_json(""), prefix + "Expecting value: line 1 column 1 (char 0)'");
    EXPECT_EQ(load_error_json("[1, 2"),
              prefix + "Expecting ',' delimiter: line 1 column 6 (char 5)'");
    EXPECT_EQ(load_error_json("{\"a\" 1}"),
              prefix + "Expecting ':' delimiter: line 1 column 6 (char 5)'");
    EXPECT_EQ(load_error_json("\xef\xbb\xbf{}"),
              prefix + "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'");
    EXPECT_EQ(load_error_json("{\"a\": \"x\ty\"}"),
              prefix + "Invalid control character at: line 1 column 9 (char 8)'");
    EXPECT_EQ(load_error_json("[1]\r\n\r\n x"), prefix + "Extra data: line 3 column 2 (char 6)'");
}

TEST(LoaderErrors, FieldsNamedByPath) {
    EXPECT_EQ(broken("missing_data"), "program.data: missing");
    EXPECT_EQ(broken("data_not_hex"),
              "program.data[3]: expected a hex string, got \"0x48248001ZZff8000\"");
    EXPECT_EQ(broken("builtins_not_list"), "program.builtins: expected a list");
    EXPECT_EQ(broken("pc_not_integer"),
              "program.identifiers[\"__main__.main\"].pc: expected an integer");
    EXPECT_EQ(broken("hint_pc_not_integer"),
              "program.hints[\"nine\"]: expected a pc (a non-negative integer key)");
    EXPECT_EQ(load_error_json("[]"), "program: expected an object");
}

TEST(LoaderErrors, UnknownFieldsAsMarshmallowRejectsThem) {
    EXPECT_EQ(broken("unknown_field"),
              "program.identifiers[\"__main__.main\"].extra: unknown field");
    // Reference.locations is dump-only in cairo-lang: a program may not carry it.
    EXPECT_EQ(broken("reference_locations"),
              "program.reference_manager.references[0].locations: unknown field");
}

TEST(LoaderErrors, DataNotBelowPrime) {
    EXPECT_EQ(
        broken("data_not_below_prime"),
        "program.data[2]: value 0x800000000000011000000000000000000000000000000000000000000000001 "
        "is not below the prime");
}

TEST(LoaderErrors, OnlyTheStarkPrime) {
    EXPECT_EQ(broken("wrong_prime"),
              "program.prime: the program's prime is 0xffffffff00000001; xcairo supports only the "
              "Stark prime 0x800000000000011000000000000000000000000000000000000000000000001");
}

TEST(LoaderErrors, UnknownIdentifierType) {
    EXPECT_EQ(broken("unknown_identifier_type"),
              "program.identifiers[\"__main__.MINUS\"].type: unknown identifier type 'constant'");
}

TEST(LoaderErrors, MalformedDebugInfo) {
    EXPECT_EQ(broken("debug_info_missing_line"),
              "program.debug_info.instruction_locations[\"9\"].inst.start_line: missing");
    EXPECT_EQ(broken("debug_info_bad_parent"),
              "program.debug_info.instruction_locations[\"9\"].inst.parent_location: expected "
              "[location, message]");
}

TEST(LoaderErrors, ReferenceNotCairo) {
    const std::string e = broken("reference_not_cairo");
    const std::string prefix =
        "program.reference_manager.references[2].value: cannot parse '[cast(fp + , felt*)]'";
    EXPECT_EQ(e.substr(0, prefix.size()), prefix) << e;
}

}  // namespace
}  // namespace xcairo
