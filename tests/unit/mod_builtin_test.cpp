// The add_mod and mul_mod builtins: fill_mod_builtin_memory and the final checks against
// cairo-lang's ModBuiltinRunner (mod_vectors.hpp).
#include "builtins/mod_builtin.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "json_tree.hpp"
#include "mod_vectors.hpp"
#include "vmcore/layout.hpp"

namespace {

using namespace xcairo;
using mod_vectors::CellText;

MaybeRelocatable parse_value(const std::string& text) {
    if (text.rfind("r:", 0) == 0) {
        const size_t colon = text.find(':', 2);
        return Relocatable{std::stoll(text.substr(2, colon - 2)),
                           std::stoull(text.substr(colon + 1))};
    }
    return *Felt::parse(text);
}

/// Segments 0 add_mod, 1 mul_mod, 2 values, 3 and 4 offsets, as the generator lays them out.
struct ModFixture {
    Memory memory;
    std::unique_ptr<BuiltinRunner> add_mod;
    std::unique_ptr<BuiltinRunner> mul_mod;

    explicit ModFixture(const std::vector<CellText>& cells) {
        for (int i = 0; i < 5; ++i) memory.add_segment();
        add_mod = make_builtin_runner("add_mod", {0, 0});
        mul_mod = make_builtin_runner("mul_mod", {1, 0});
        const CairoLayout& layout = *find_layout("all_cairo");
        add_mod->configure(*layout.find_builtin("add_mod"), true);
        mul_mod->configure(*layout.find_builtin("mul_mod"), true);
        for (const CellText& cell : cells) {
            EXPECT_EQ(memory.insert({cell.segment, cell.offset}, parse_value(cell.value)),
                      Memory::WriteStatus::kOk);
        }
    }
    const ModBuiltinRunner& runner(bool mul) const {
        return static_cast<const ModBuiltinRunner&>(mul ? *mul_mod : *add_mod);
    }
    /// The cells written after the first `skip`, in order, as the generator prints them.
    std::vector<std::string> written_after(size_t skip) const {
        std::vector<std::string> cells;
        for (const WriteRun& run : memory.write_order()) {
            for (uint64_t i = 0; i < run.count; ++i) {
                if (skip > 0) {
                    --skip;
                    continue;
                }
                const Relocatable addr = run.start + i;
                const MaybeRelocatable value = *memory.get(addr);
                cells.push_back(addr.to_string() + "=" +
                                (value.is_relocatable() ? "r:" + value.relocatable().to_string()
                                                        : value.felt().to_dec()));
            }
        }
        return cells;
    }
};

std::string python_type(const std::exception& e) {
    if (dynamic_cast<const AssertionFailure*>(&e)) return "AssertionError";
    if (const auto* uncaught = dynamic_cast<const UncaughtError*>(&e))
        return uncaught->python_type();
    return "unexpected";
}

TEST(ModBuiltin, FillMemoryMatchesCairoLang) {
    for (const mod_vectors::FillVector& v : mod_vectors::kFill) {
        SCOPED_TRACE(v.name);
        ModFixture f(v.memory);
        const auto request = [&](bool mul, int64_t n) -> std::optional<ModFill> {
            if (n < 0) return std::nullopt;
            return ModFill{mul ? Relocatable{1, 0} : Relocatable{0, 0}, &f.runner(mul),
                           Felt::from_u64(static_cast<uint64_t>(n))};
        };
        std::string type;
        std::string error;
        try {
            fill_mod_builtin_memory(f.memory, request(false, v.add_n), request(true, v.mul_n));
        } catch (const std::exception& e) {
            type = python_type(e);
            error = e.what();
        }
        EXPECT_EQ(type, v.error_type);
        EXPECT_EQ(error, v.error);
        std::vector<std::string> expected;
        for (const CellText& cell : v.written) {
            expected.push_back(std::to_string(cell.segment) + ":" + std::to_string(cell.offset) +
                               "=" + cell.value);
        }
        EXPECT_EQ(f.written_after(v.memory.size()), expected);
    }
}

TEST(ModBuiltin, FinalChecksMatchCairoLang) {
    for (const mod_vectors::CheckVector& v : mod_vectors::kCheck) {
        SCOPED_TRACE(v.name);
        const ModFixture f(v.memory);
        const std::optional<std::string> error = f.runner(v.mul == 1).security_check(f.memory);
        if (v.error == nullptr) {
            EXPECT_EQ(error, std::nullopt);
        } else {
            EXPECT_EQ(error, std::optional<std::string>(v.error));
        }
    }
}

/// JSON with sorted keys and no spaces, as Python's json.dumps(sort_keys=True).
std::string canonical_json(const json_tree::Node& node) {
    switch (node.kind()) {
        case json_tree::Kind::Object: {
            auto entries = node.entries();
            std::sort(entries.begin(), entries.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            std::string s = "{";
            for (size_t i = 0; i < entries.size(); ++i) {
                s += std::string(i ? "," : "") + "\"" + std::string(entries[i].first) +
                     "\":" + canonical_json(entries[i].second);
            }
            return s + "}";
        }
        case json_tree::Kind::Array: {
            std::string s = "[";
            for (size_t i = 0; i < node.size(); ++i)
                s += (i ? "," : "") + canonical_json(node.item(i));
            return s + "]";
        }
        case json_tree::Kind::String:
            return "\"" + node.string() + "\"";
        case json_tree::Kind::Null:
            return "null";
        default:
            return node.integer_text();
    }
}

TEST(ModBuiltin, AirPrivateInputMatchesCairoLang) {
    static constexpr uint64_t kSegmentBases[] = {1, 100, 200, 300, 400, 500};
    const auto relocate = [](const Relocatable& r) { return kSegmentBases[r.segment] + r.offset; };
    for (const mod_vectors::PrivateInputVector& v : mod_vectors::kPrivateInput) {
        SCOPED_TRACE(v.name);
        ModFixture f(v.memory);
        BuiltinRunner& runner = v.mul == 1 ? *f.mul_mod : *f.add_mod;
        runner.set_allocated_zeros({5, 0});
        std::string type;
        std::string error;
        std::string json;
        try {
            const std::string text = runner.relocated_air_private_input(f.memory, relocate);
            const json_tree::Document doc(text, "air_private_input");
            json = canonical_json(doc.root());
        } catch (const std::exception& e) {
            type = python_type(e);
            error = e.what();
        }
        EXPECT_EQ(type, v.error_type);
        EXPECT_EQ(error, v.error);
        EXPECT_EQ(json, v.json);
    }
}

TEST(ModBuiltin, FillWhereCairoLangLoopsForeverFailsClearly) {
    // An add_mod gate missing two values and no mul_mod gate left: cairo-lang never returns.
    ModFixture f({{0, 0, "7"},
                  {0, 1, "0"},
                  {0, 2, "0"},
                  {0, 3, "0"},
                  {0, 4, "r:2:0"},
                  {0, 5, "r:3:0"},
                  {0, 6, "1"},
                  {3, 0, "0"},
                  {3, 1, "4"},
                  {3, 2, "8"},
                  {2, 0, "3"},
                  {2, 1, "0"},
                  {2, 2, "0"},
                  {2, 3, "0"}});
    try {
        fill_mod_builtin_memory(f.memory, ModFill{{0, 0}, &f.runner(false), Felt::from_u64(1)},
                                std::nullopt);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("could not fill the values table"), std::string::npos);
    }
}

TEST(ModBuiltin, InstanceLayoutAndZeros) {
    const ModFixture f({});
    EXPECT_EQ(f.add_mod->name(), "add_mod");
    EXPECT_EQ(f.mul_mod->name(), "mul_mod");
    EXPECT_EQ(f.add_mod->cells_per_instance(), 7u);
    EXPECT_EQ(f.add_mod->additional_memory_units_per_instance(), 15u);
    EXPECT_EQ(f.mul_mod->needed_allocated_zeros(), 4u);  // max(n_words, 3 * batch_size)
    EXPECT_EQ(f.runner(true).batch_size(), 1u);
}

}  // namespace
