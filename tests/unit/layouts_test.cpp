// Layout lookups and the parameters-file errors that are xcairo's own (cairo-lang's are compared
// with the reference by tests/layouts/check_layouts.py).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "vmcore/errors.hpp"
#include "vmcore/layout.hpp"

namespace xcairo {
namespace {

// A valid parameters file with one field replaced by `value` (JSON text).
std::string params_with(const std::string& field, const std::string& value) {
    std::string text = "{";
    for (const char* name :
         {"cpu_component_step", "rc_units", "memory_units_per_step", "log_diluted_units_per_step"}) {
        text += std::string(text.size() > 1 ? ", " : "") + "\"" + name + "\": " +
                (field == name ? value : "4");
    }
    for (const char* b : {"pedersen", "range_check", "ecdsa", "bitwise", "ec_op", "keccak",
                          "poseidon", "range_check96", "add_mod", "mul_mod"}) {
        const std::string ratio = std::string(b) + "_ratio";
        text += ", \"uses_" + std::string(b) + "_builtin\": 1, \"" + ratio + "\": " +
                (field == ratio ? value : "8");
        if (std::string(b) == "range_check96" || std::string(b) == "add_mod" ||
            std::string(b) == "mul_mod") {
            text += ", \"" + ratio + "_den\": 1";
        }
    }
    return text + "}";
}

TEST(Layouts, NamesAreCairoRunsChoicesInOrder) {
    const std::vector<std::string> expected = {
        "plain", "small", "dex", "recursive", "starknet", "recursive_large_output",
        "all_solidity", "starknet_with_keccak", "dynamic", "recursive_with_poseidon"};
    EXPECT_EQ(layout_names(), expected);
    ASSERT_NE(find_layout("all_cairo"), nullptr);  // defined, but not a cairo-run choice
    EXPECT_EQ(find_layout("nope"), nullptr);
}

TEST(Layouts, BuiltinLookup) {
    const CairoLayout& small = *find_layout("small");
    EXPECT_EQ(small.builtin_names(),
              (std::vector<std::string>{"output", "pedersen", "range_check", "ecdsa"}));
    EXPECT_EQ(small.find_builtin("bitwise"), nullptr);
    EXPECT_EQ(small.find_builtin("range_check")->field_int("n_parts"), 8u);
    EXPECT_THROW(small.find_builtin("range_check")->field_int("nope"), Error);
    EXPECT_TRUE(find_layout("plain")->builtin_names().empty());
}

TEST(LayoutParams, ValidFileBuildsTheDynamicLayout) {
    const CairoLayout layout = dynamic_layout_from_params(params_with("rc_units", "5"));
    EXPECT_EQ(layout.name, "dynamic");
    EXPECT_EQ(layout.rc_units, 5u);
    EXPECT_EQ(layout.find_builtin("bitwise")->ratio, 8u);
}

TEST(LayoutParams, NonIntegerValuesAreRefused) {
    for (const char* value : {"\"8\"", "8.5", "null", "[8]", "true"}) {
        try {
            dynamic_layout_from_params(params_with("bitwise_ratio", value));
            FAIL() << value;
        } catch (const Error& e) {
            EXPECT_EQ(std::string(e.what()),
                      "xcairo: --cairo_layout_params_file: bitwise_ratio must be an integer.");
        }
    }
}

TEST(LayoutParams, NegativeValuesAreRefusedButTheDilutedLog) {
    EXPECT_NO_THROW(dynamic_layout_from_params(params_with("log_diluted_units_per_step", "-2")));
    try {
        dynamic_layout_from_params(params_with("rc_units", "-1"));
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()),
                  "xcairo: --cairo_layout_params_file: rc_units must not be negative.");
    }
}

}  // namespace
}  // namespace xcairo
