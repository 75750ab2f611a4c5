// Location text: expectations are cairo-lang's output (cairo-run on the fixtures, or
// error_handling.py called on the same locations), pasted.
#include "vmcore/location_text.hpp"

#include <gtest/gtest.h>

#include "program_fixtures.hpp"
#include "vmcore/reference_eval.hpp"

namespace xcairo {
namespace {

using test::fixture;

Location span(int64_t start_line, int64_t start_col, int64_t end_line, int64_t end_col,
              std::optional<std::string> file = "f.cairo") {
    Location l;
    l.start_line = start_line;
    l.start_col = start_col;
    l.end_line = end_line;
    l.end_col = end_col;
    l.filename = std::move(file);
    return l;
}

// A line ending with \r\n, one ending with U+2028 and a non-ASCII character (é).
const std::string kContent = "first line\n  let x = 10;\r\nthird\u2028fourth \u00e9 line\n";

struct MarksCase {
    int64_t start_line, start_col, end_line, end_col;
    const char* expected;
};

class LocationMarks : public ::testing::TestWithParam<MarksCase> {};

TEST_P(LocationMarks, AsGetLocationMarks) {
    const MarksCase& c = GetParam();
    EXPECT_EQ(location_marks(kContent, span(c.start_line, c.start_col, c.end_line, c.end_col)),
              c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Spans, LocationMarks,
    ::testing::Values(MarksCase{2, 3, 2, 14, "  let x = 10;\n  ^*********^"},      // one line
                      MarksCase{2, 7, 2, 8, "  let x = 10;\n      ^"},             // one column
                      MarksCase{2, 7, 2, 7, "  let x = 10;\n      ^"},             // zero width
                      MarksCase{2, 7, 3, 2, "  let x = 10;\n      ^*****^"},       // to line end
                      MarksCase{4, 1, 4, 7, "fourth \u00e9 line\n^****^"},         // after U+2028
                      MarksCase{4, 3, 5, 1, "fourth \u00e9 line\n  ^*********^"},  // code points
                      MarksCase{1, 0, 1, 0, "first line\n^"},                      // column 0
                      MarksCase{5, 1, 5, 2, ""},                                   // past the end
                      MarksCase{9, 1, 9, 3, ""}, MarksCase{0, 1, 0, 1, ""}));

TEST(LocationText, ToString) {
    EXPECT_EQ(location_to_string(span(2, 3, 2, 14), "m"), "f.cairo:2:3: m");
    EXPECT_EQ(location_to_string(span(2, 3, 2, 14), ""), "f.cairo:2:3");
    EXPECT_EQ(location_to_string(span(2, 3, 2, 14, std::nullopt), ""), ":2:3");
}

TEST(LocationText, LocationErrorWithEverything) {
    // str(LocationError('Boom', location, error_attr_value, traceback, notes)) in cairo-lang.
    Program program;
    program.debug_info.emplace();
    program.debug_info->file_contents["f.cairo"] = kContent;
    Location outer = span(4, 1, 4, 3);
    Location inner = span(1, 1, 1, 6);
    inner.parent = std::make_shared<const Location>(outer);
    inner.parent_message = "Outer msg";
    Location loc = span(2, 3, 2, 14);
    loc.parent = std::make_shared<const Location>(inner);
    loc.parent_message = "Inner msg";
    EXPECT_EQ(location_error_text(program, "Boom", &loc, "Error message: x\n", "TB line",
                                  {"note1", "note2  \n"}),
              "Error message: x\n"
              "f.cairo:4:1: Outer msg\nfourth \u00e9 line\n^^\n"
              "f.cairo:1:1: Inner msg\nfirst line\n^***^\n"
              "f.cairo:2:3: Boom\n  let x = 10;\n  ^*********^\n"
              "TB line\nnote1\nnote2");
    EXPECT_EQ(location_error_text(program, "Boom\n\n", nullptr), "Boom");
}

TEST(LocationText, InputFileContentComesFirst) {
    Program program;
    program.debug_info.emplace();
    program.debug_info->file_contents["f.cairo"] = "from file_contents\n";
    Location loc = span(1, 1, 1, 5);
    EXPECT_EQ(location_to_string_with_content(program, loc, ""),
              "f.cairo:1:1\nfrom file_contents\n^**^");
    loc.content = std::make_shared<const std::string>("own content\n");
    EXPECT_EQ(location_to_string_with_content(program, loc, ""), "f.cairo:1:1\nown content\n^**^");
    loc.filename = std::nullopt;
    EXPECT_EQ(location_to_string_with_content(program, loc, ""), ":1:1\nown content\n^**^");
}

TEST(LocationText, ParentChainFromCairoRun) {
    // cairo-run --program locations.json --layout small
    const Program& p = fixture("locations.json");
    const Location& inst = p.instruction_location(9)->inst;
    EXPECT_EQ(location_error_text(
                  p, "Error at pc=0:9:\nUnknown value for memory cell at address 2:6.", &inst),
              "locations.cairo:13:11: While expanding the reference 'w' in:\n"
              "    store(w *\n"
              "          ^\n"
              "locations.cairo:12:13: While expanding the reference 'z' in:\n"
              "    let w = z * z;\n"
              "            ^\n"
              "locations.cairo:11:13: Error at pc=0:9:\n"
              "Unknown value for memory cell at address 2:6.\n"
              "    let z = [output_ptr + 5];\n"
              "            ^**************^");
}

TEST(LocationText, MissingSourceGivesFirstLinesOnly) {
    // cairo-run on locations_nosrc.json (no file_contents) from a directory without the source.
    const Program& p = fixture("locations_nosrc.json");
    const Location& inst = p.instruction_location(9)->inst;
    EXPECT_EQ(location_error_text(
                  p, "Error at pc=0:9:\nUnknown value for memory cell at address 2:6.", &inst),
              "locations.cairo:13:11: While expanding the reference 'w' in:\n"
              "locations.cairo:12:13: While expanding the reference 'z' in:\n"
              "locations.cairo:11:13: Error at pc=0:9:\n"
              "Unknown value for memory cell at address 2:6.");
}

TEST(LocationText, SourceReadFromDisk) {
    const Program& p = fixture("locations_nosrc.json");
    Location inst = p.instruction_location(9)->inst;
    inst.parent.reset();
    inst.filename = test::data_path("locations.cairo");
    EXPECT_EQ(
        location_to_string_with_content(p, inst, "m"),
        *inst.filename + ":11:13: m\n    let z = [output_ptr + 5];\n            ^**************^");
}

TEST(LocationText, ErrorWithAttributesAndTraceback) {
    // cairo-run --program error_attr.json --layout small: the failure at pc 0:9 (fp = 1:12) with
    // the traceback entry of the call at pc 0:24 (fp = 1:3). Memory as cairo-run had it.
    const Program& p = fixture("error_attr.json");
    const test::FakeMemory mem = test::error_attr_memory();

    const std::string attrs = error_attr_value(p, 9, Relocatable{1, 12}, mem.reader());
    const Location& call = p.instruction_location(24)->inst;
    const std::string traceback = "Cairo traceback (most recent call last):\n" +
                                  error_attr_value(p, 24, Relocatable{1, 3}, mem.reader()) +
                                  location_to_string_with_content(p, call, "(pc=0:24)") + "\n";
    EXPECT_EQ(
        location_error_text(p, "Error at pc=0:9:\nAn ASSERT_EQ instruction failed: 5 != 3.",
                            &p.instruction_location(9)->inst, attrs, traceback),
        "Error message: "
        "half=-1809251394333065606848661391547535052811553607665798349986546028067936010238 "
        "next=1:5 big={big} t={t} t={t} (Cannot evaluate ap-based or complex references: ['big', "
        "'t', 't'])\n"
        "Error message: p=1:3 q=4 t={t} r=15 p.x={p.x} nope={nope} {5} {} {bound (Cannot evaluate "
        "ap-based or complex references: ['t', 'p.x', 'nope'])\n"
        "Error message: Outer: bound=5 neg=-7\n"
        "error_attr.cairo:19:17: Error at pc=0:9:\n"
        "An ASSERT_EQ instruction failed: 5 != 3.\n"
        "                assert p.x = bound;\n"
        "                ^*****************^\n"
        "Cairo traceback (most recent call last):\n"
        "Error message: In main: pt={pt} (Cannot evaluate ap-based or complex references: ['pt'])\n"
        "error_attr.cairo:31:9: (pc=0:24)\n"
        "        check(\n"
        "        ^****^");
}

}  // namespace
}  // namespace xcairo
