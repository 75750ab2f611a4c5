// cairo-run's error_message attributes: get_error_attr_value and the "{name}" substitution of
// substitute_error_message_references (virtual_machine_base.py).
#include "vmcore/reference_eval.hpp"

namespace xcairo {
namespace {

const char* const kErrorMessageAttribute = "error_message";
const char* const kMissingReferenceError =
    "starkware.cairo.lang.compiler.preprocessor.flow.MissingReferenceError";

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
}

/// Python's repr() of a list of names matching [a-zA-Z_0-9.]+ (no quoting subtleties).
std::string python_list_repr(const std::vector<std::string>& names) {
    std::string s = "[";
    for (size_t i = 0; i < names.size(); ++i) s += (i > 0 ? ", '" : "'") + names[i] + "'";
    return s + "]";
}

}  // namespace

EvalResult evaluate_error_reference(const Program& program, std::string_view name,
                                    const std::vector<std::string>& accessible_scopes,
                                    const FlowTrackingData& flow, Relocatable fp,
                                    const MemoryReader& read) {
    if (name.front() == '.' || name.back() == '.' || name.find("..") != std::string_view::npos)
        throw UncaughtEvalError("AssertionError", "Empty namespace is not supported.");
    std::string canonical;
    try {
        canonical = program.identifiers.search(accessible_scopes, name).fully_parsed_name();
    } catch (const IdentifierError& e) {
        return EvalError{EvalFailure::Identifier, e.what()};
    }
    const auto id = flow.reference_id(canonical);
    if (!id)
        throw UncaughtEvalError(kMissingReferenceError, "Missing reference " + canonical + ".");
    if (*id >= program.references.size())
        throw UncaughtEvalError("IndexError", "list index out of range");
    const Reference& reference = program.references[*id];

    // The security check: no references to other references, no hints, bounded size.
    if (!is_simple_reference(*reference.value, 20)) return EvalError{EvalFailure::NotSimple, ""};
    // An ap tracking group that matches nothing: ap-based references cannot be deduced.
    const auto expr = reference_at(reference, ApTracking{-1, 0});
    if (!expr) return EvalError{EvalFailure::ApUnknown, "Failed to deduce ap."};
    return evaluate_expr(program, *expr, EvalRegisters{std::nullopt, fp}, read);
}

std::string substitute_error_message(const Program& program, const Attribute& attribute,
                                     Relocatable fp, const MemoryReader& read) {
    const std::string& text = attribute.value;
    if (!attribute.flow_tracking_data) return text;

    // re.sub(r"{(?P<name>[a-zA-Z_0-9.]+)}", ...): a maximal name run closed by '}'.
    std::string out;
    std::vector<std::string> invalid;
    size_t i = 0;
    while (i < text.size()) {
        size_t end = i + 1;
        if (text[i] == '{') {
            while (end < text.size() && is_name_char(text[end])) ++end;
        }
        if (text[i] != '{' || end == i + 1 || end >= text.size() || text[end] != '}') {
            out += text[i++];
            continue;
        }
        const std::string name = text.substr(i + 1, end - i - 1);
        const EvalResult value = evaluate_error_reference(
            program, name, attribute.accessible_scopes, *attribute.flow_tracking_data, fp, read);
        if (const auto* v = std::get_if<EvalValue>(&value)) {
            out += v->decimal_repr();
        } else {
            invalid.push_back(name);
            out.append(text, i, end + 1 - i);
        }
        i = end + 1;
    }
    if (!invalid.empty())
        out +=
            " (Cannot evaluate ap-based or complex references: " + python_list_repr(invalid) + ")";
    return out;
}

std::string error_attr_value(const Program& program, uint64_t pc, Relocatable fp,
                             const MemoryReader& read) {
    return error_attr_value(program, program.attributes, pc, fp, read);
}

std::string error_attr_value(const Program& program, const std::vector<Attribute>& attributes,
                             uint64_t pc, Relocatable fp, const MemoryReader& read) {
    std::string errors;
    for (const Attribute& attr : attributes) {
        if (attr.name != kErrorMessageAttribute || pc < attr.start_pc || pc >= attr.end_pc)
            continue;
        errors += "Error message: " + substitute_error_message(program, attr, fp, read) + "\n";
    }
    return errors;
}

}  // namespace xcairo
