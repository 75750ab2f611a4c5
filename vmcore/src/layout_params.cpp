// The dynamic layout's parameters file (cairo-lang's CairoLayoutParams), and layouts as JSON.
#include <algorithm>
#include <array>

#include "json_tree.hpp"
#include "vmcore/errors.hpp"
#include "vmcore/layout.hpp"

namespace xcairo {
namespace {

// The builtins of SUPPORTED_DYNAMIC_BUILTINS but output, and whether they have a ratio_den.
struct DynamicBuiltin {
    const char* name;
    bool low_ratio;
};
constexpr std::array<DynamicBuiltin, 10> kDynamicBuiltins = {{{"pedersen", false},
                                                              {"range_check", false},
                                                              {"ecdsa", false},
                                                              {"bitwise", false},
                                                              {"ec_op", false},
                                                              {"keccak", false},
                                                              {"poseidon", false},
                                                              {"range_check96", true},
                                                              {"add_mod", true},
                                                              {"mul_mod", true}}};

// CairoLayoutParams' fields, in declaration order.
std::vector<std::string> field_names() {
    std::vector<std::string> names = {"cpu_component_step", "rc_units", "memory_units_per_step",
                                      "log_diluted_units_per_step"};
    for (const DynamicBuiltin& b : kDynamicBuiltins) {
        names.push_back(std::string("uses_") + b.name + "_builtin");
        names.push_back(std::string(b.name) + "_ratio");
        if (b.low_ratio) names.push_back(std::string(b.name) + "_ratio_den");
    }
    return names;
}

const char* python_type(const json_tree::Node& node) {
    switch (node.kind()) {
        case json_tree::Kind::Null: return "NoneType";
        case json_tree::Kind::False:
        case json_tree::Kind::True: return "bool";
        case json_tree::Kind::String: return "str";
        case json_tree::Kind::Array: return "list";
        case json_tree::Kind::Object: return "dict";
        case json_tree::Kind::Number: break;
    }
    return node.source().find_first_of(".eE") == std::string_view::npos ? "int" : "float";
}

std::string quoted_list(const std::vector<std::string>& names) {
    // Python's "missing 3 required positional arguments: 'a', 'b', and 'c'".
    std::string text;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        text += "'" + names[i] + "'";
    }
    return text;
}

std::string optional_json(const std::optional<uint64_t>& v) {
    return v ? std::to_string(*v) : "null";
}

}  // namespace

CairoLayout dynamic_layout_from_params(std::string_view json_text) {
    std::optional<json_tree::Document> doc;
    try {
        doc.emplace(json_text, "cairo_layout_params");
    } catch (const json_tree::DecodeError& e) {
        throw UncaughtError("json.decoder.JSONDecodeError", e.detail());
    }
    const json_tree::Node root = doc->root();
    if (root.kind() != json_tree::Kind::Object) {
        throw UncaughtError("TypeError",
                            "starkware.cairo.lang.dynamic_layout_params.CairoLayoutParams() "
                            "argument after ** must be a mapping, not " +
                            std::string(python_type(root)));
    }
    const std::vector<std::string> names = field_names();
    const auto entries = root.entries();
    for (const auto& [key, node] : entries) {
        if (std::find(names.begin(), names.end(), key) == names.end()) {
            throw UncaughtError("TypeError",
                                "CairoLayoutParams.__init__() got an unexpected keyword argument '" +
                                    std::string(key) + "'");
        }
    }
    std::vector<std::string> missing;
    std::vector<std::pair<std::string, int64_t>> values;
    for (const std::string& name : names) {
        const std::optional<json_tree::Node> node = root.find(name);
        const bool present = std::any_of(entries.begin(), entries.end(),
                                         [&](const auto& e) { return e.first == name; });
        if (!present) {
            missing.push_back(name);
            continue;
        }
        if (!node || std::string_view(python_type(*node)) != "int") {
            throw Error("xcairo: --cairo_layout_params_file: " + name + " must be an integer.");
        }
        values.emplace_back(name, node->int64());
    }
    if (!missing.empty()) {
        throw UncaughtError("TypeError",
                            "CairoLayoutParams.__init__() missing " + std::to_string(missing.size()) +
                                " required positional argument" + (missing.size() > 1 ? "s" : "") +
                                ": " + quoted_list(missing));
    }
    const auto value = [&](const std::string& name) {
        for (const auto& [k, v] : values) {
            if (k == name) return v;
        }
        return int64_t{0};
    };
    // __post_init__: an unused builtin has ratio 0 (a bare assert).
    for (const DynamicBuiltin& b : kDynamicBuiltins) {
        if (value(std::string("uses_") + b.name + "_builtin") == 0 &&
            value(std::string(b.name) + "_ratio") != 0) {
            throw AssertionFailure("");
        }
    }
    for (const auto& [name, v] : values) {
        if (v < 0 && name != "log_diluted_units_per_step") {
            throw Error("xcairo: --cairo_layout_params_file: " + name + " must not be negative.");
        }
    }
    DynamicLayoutParams params;
    params.cpu_component_step = value("cpu_component_step");
    params.rc_units = value("rc_units");
    params.memory_units_per_step = value("memory_units_per_step");
    params.log_diluted_units_per_step = value("log_diluted_units_per_step");
    params.ratios.emplace();
    for (const DynamicBuiltin& b : kDynamicBuiltins) {
        params.ratios->emplace_back(b.name, value(std::string(b.name) + "_ratio"));
        if (b.low_ratio) {
            params.ratios->emplace_back(std::string(b.name) + "_den",
                                        value(std::string(b.name) + "_ratio_den"));
        }
    }
    return dynamic_layout(params);
}

std::string CairoLayout::to_json() const {
    std::string builtins_json = "{";
    if (has_output) builtins_json += "\"output\": true";
    for (const BuiltinInstanceDef& b : builtins) {
        if (builtins_json.size() > 1) builtins_json += ", ";
        builtins_json += "\"" + b.name + "\": {\"ratio\": " + optional_json(b.ratio);
        if (b.ratio_den) builtins_json += ", \"ratio_den\": " + std::to_string(*b.ratio_den);
        for (const auto& [key, value] : b.fields) builtins_json += ", \"" + key + "\": " + value;
        builtins_json += "}";
    }
    builtins_json += "}";
    std::string pool = "null";
    if (diluted_pool) {
        pool = "{\"log_units_per_step\": " +
               (diluted_pool->log_units_per_step ? std::to_string(*diluted_pool->log_units_per_step)
                                                 : std::string("null")) +
               ", \"spacing\": " + std::to_string(diluted_pool->spacing) +
               ", \"n_bits\": " + std::to_string(diluted_pool->n_bits) + "}";
    }
    return "{\"layout_name\": \"" + name + "\", \"cpu_component_step\": " +
           optional_json(cpu_component_step) + ", \"rc_units\": " + optional_json(rc_units) +
           ", \"builtins\": " + builtins_json +
           ", \"public_memory_fraction\": " + std::to_string(public_memory_fraction) +
           ", \"memory_units_per_step\": " + optional_json(memory_units_per_step) +
           ", \"diluted_pool_instance_def\": " + pool + ", \"n_trace_columns\": " +
           (n_trace_columns ? std::to_string(*n_trace_columns) : std::string("null")) +
           ", \"cpu_instance_def\": {\"safe_call\": " + (safe_call ? "true" : "false") + "}}";
}

}  // namespace xcairo
