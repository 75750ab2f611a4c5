#include "hints/scope_variables.hpp"

#include <limits>
#include <string_view>

namespace xcairo {
namespace {

using Kind = ScopeValue::Kind;

[[noreturn]] void unusable(const std::string& name, const std::string& found,
                           const std::string& expected, int64_t line) {
    throw HintError("TypeError", "xcairo: the scope variable '" + name +
                                     "' set by a Python hint holds " + found +
                                     "; native hints take " + expected + " there.",
                    line);
}

std::string a(const ScopeValue& value) {
    const std::string type = value.type_name();
    return (std::string_view("aeiou").find(type[0]) != std::string_view::npos ? "an " : "a ") + type;
}

Felt felt_of(const std::string& name, const ScopeValue& value, const std::string& expected,
             int64_t line) {
    if (value.kind != Kind::value || value.value.is_relocatable())
        unusable(name, a(value), expected, line);
    if (value.reduced) unusable(name, "an int outside [0, P)", expected, line);
    return value.value.felt();
}

std::any caller_dict(const std::string& name, const ScopeValue& value, int64_t line) {
    const std::string expected = "a dict with int keys in [0, P)";
    if (value.kind != Kind::dict) unusable(name, a(value), expected, line);
    CallerDict dict;
    for (size_t i = 0; i + 1 < value.items.size(); i += 2)
        dict.entries.emplace_back(felt_of(name, value.items[i], expected, line), value.items[i + 1]);
    return dict;
}

std::any auth_path(const std::string& name, const ScopeValue& value, int64_t line) {
    const std::string expected = "a list of ints in [0, P)";
    if (value.kind != Kind::list) unusable(name, a(value), expected, line);
    AuthPath path;
    for (const ScopeValue& item : value.items) path.push_back(felt_of(name, item, expected, line));
    return path;
}

std::any node_preimage(const std::string& name, const ScopeValue& value, int64_t line) {
    const std::string expected = "a dict from ints to tuples of ints";
    if (value.kind != Kind::dict) unusable(name, a(value), expected, line);
    auto preimage = std::make_shared<NodePreimage>();
    for (size_t i = 0; i + 1 < value.items.size(); i += 2) {
        const ScopeValue& children = value.items[i + 1];
        if (children.kind != Kind::tuple && children.kind != Kind::list)
            unusable(name, "a dict with " + a(children) + " value", expected, line);
        std::vector<Felt> felts;
        for (const ScopeValue& child : children.items)
            felts.push_back(felt_of(name, child, expected, line));
        preimage->insert_or_assign(felt_of(name, value.items[i], expected, line), std::move(felts));
    }
    return NodePreimagePtr(std::move(preimage));
}

std::any small_int(const std::string& name, const ScopeValue& value, int64_t line) {
    const std::string expected = "an int below 2^63";
    const auto n = felt_of(name, value, expected, line).to_u64();
    if (!n || *n > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        unusable(name, "an int of 2^63 or more", expected, line);
    return static_cast<int64_t>(*n);
}

std::any small_int_or_none(const std::string& name, const ScopeValue& value, int64_t line) {
    return value.kind == Kind::none ? std::any() : small_int(name, value, line);
}

// The skip-validation runners: xcairo's native hints validate every hash, so only None.
std::any none_only(const std::string& name, const ScopeValue& value, int64_t line) {
    if (value.kind != Kind::none) unusable(name, a(value), "None", line);
    return std::any();
}

struct CallerVariable {
    std::string_view name;
    std::any (*convert)(const std::string& name, const ScopeValue& value, int64_t line);
};

constexpr CallerVariable kCallerVariables[] = {
    {"initial_dict", caller_dict},
    {"auth_path", auth_path},
    {"preimage", node_preimage},
    {"__find_element_index", small_int},
    {"__find_element_max_size", small_int},
    {"__squash_dict_max_size", small_int},
    {"__keccak_max_size", small_int},
    {"__chained_ec_op_max_len", small_int},
    {"__usort_max_size", small_int_or_none},
    {"__merkle_multi_update_skip_validation_runner", none_only},
    {"__patricia_skip_validation_runner", none_only},
};

const CallerVariable* find_variable(const std::string& name) {
    for (const CallerVariable& variable : kCallerVariables)
        if (variable.name == name) return &variable;
    return nullptr;
}

}  // namespace

MaybeRelocatable gen_arg(HintContext& context, const ScopeValue& value, int64_t line) {
    switch (value.kind) {
        case Kind::value: return value.value;
        case Kind::none: throw HintError("ValueError", "Memory value must be an int, not NoneType.", line);
        case Kind::list:
        case Kind::tuple:
        case Kind::dict: break;
    }
    const Relocatable base = context.add_segment();
    std::vector<MaybeRelocatable> data;
    const size_t step = value.kind == Kind::dict ? 2 : 1;  // iterating a dict gives its keys
    for (size_t i = 0; i < value.items.size(); i += step)
        data.push_back(gen_arg(context, value.items[i], line));
    context.load_data(base, data);
    return base;
}

bool is_caller_variable(const std::string& name) { return find_variable(name) != nullptr; }

std::any caller_variable(const std::string& name, const ScopeValue& value, int64_t line) {
    return find_variable(name)->convert(name, value, line);
}

}  // namespace xcairo
