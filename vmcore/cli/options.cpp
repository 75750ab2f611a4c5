#include "options.hpp"

#include <algorithm>
#include <functional>
#include <variant>

#include "vmcore/layout.hpp"

namespace xcairo::cli {
namespace {

constexpr const char* kProg = "xcairo-run";
constexpr const char* kVersion = "0.1.0 (runs programs of cairo-lang 0.14.0.1)";

enum class Arity { kNone, kOne, kOptionalBool };

struct Flag {
    std::string name;
    Arity arity;
    std::string help;
    /// Returns an error or ""; empty for flags that are not supported yet.
    std::function<std::string(Options&, const std::string&)> apply;
};

std::string parse_int(const std::string& flag, const std::string& v, std::optional<uint64_t>& out) {
    if (v.empty() || v.size() > 18 || !std::all_of(v.begin(), v.end(), ::isdigit)) {
        return "argument " + flag + ": invalid int value: '" + v + "'";
    }
    out = std::stoull(v);
    return "";
}

// Sets a bool member; flags that take no value.
auto set_true(bool Options::*member) {
    return [member](Options& o, const std::string&) { o.*member = true; return std::string(); };
}
auto set_string(std::optional<std::string> Options::*member) {
    return [member](Options& o, const std::string& v) { o.*member = v; return std::string(); };
}
// Recognised cairo-run flags that xcairo does not support yet: no handler.
constexpr std::nullptr_t unsupported() { return nullptr; }

const std::vector<Flag>& flags() {
    static const std::vector<Flag> kFlags = {
        {"--program", Arity::kOne, "The name of the program json file.", set_string(&Options::program)},
        {"--program_input", Arity::kOne, "Path to a json file representing the (private) input of the program.",
         set_string(&Options::program_input)},
        {"--steps", Arity::kOne, "The number of instructions to perform (the run must end exactly there).",
         [](Options& o, const std::string& v) { return parse_int("--steps", v, o.steps); }},
        {"--min_steps", Arity::kOne, "The minimal number of instructions to perform.",
         [](Options& o, const std::string& v) { return parse_int("--min_steps", v, o.min_steps); }},
        {"--debug_error", Arity::kNone, "On error, stop the execution but produce the partial outputs.",
         set_true(&Options::debug_error)},
        {"--no_end", Arity::kNone, "Don't check that the program ended successfully.", set_true(&Options::no_end)},
        {"--print_memory", Arity::kNone, "Show the values on the memory after the execution.",
         set_true(&Options::print_memory)},
        {"--relocate_prints", Arity::kNone, "Print memory and info after memory relocation.",
         set_true(&Options::relocate_prints)},
        {"--secure_run", Arity::kNone, "Verify that the run is secure (the default outside proof mode).",
         [](Options& o, const std::string&) { o.secure_run = true; return std::string(); }},
        {"--no_secure_run", Arity::kNone, "Don't verify that the run is secure.",
         [](Options& o, const std::string&) { o.secure_run = false; return std::string(); }},
        {"--print_info", Arity::kNone, "Print information on the execution of the program.",
         set_true(&Options::print_info)},
        {"--print_segments", Arity::kNone, "Print the segment relocation table.", set_true(&Options::print_segments)},
        {"--print_output", Arity::kNone, "Prints the program output (if the output builtin is used).",
         set_true(&Options::print_output)},
        {"--memory_file", Arity::kOne, "Output file name for the memory.", set_string(&Options::memory_file)},
        {"--trace_file", Arity::kOne, "Output file name for the execution trace.", set_string(&Options::trace_file)},
        {"--program_output_file", Arity::kOne, "Output file for the program output, one value a line (xcairo).",
         set_string(&Options::program_output_file)},
        {"--layout", Arity::kOne, "The layout of the Cairo AIR (default: plain).",
         [](Options& o, const std::string& v) {
             const auto& names = layout_names();
             if (std::find(names.begin(), names.end(), v) == names.end() && v != "all_cairo") {
                 std::string choices;
                 for (const auto& n : names) choices += (choices.empty() ? "'" : ", '") + n + "'";
                 return "argument --layout: invalid choice: '" + v + "' (choose from " + choices + ")";
             }
             o.layout = v;
             return std::string();
         }},
        {"--proof_mode", Arity::kNone, "Prepare a provable execution trace.", set_true(&Options::proof_mode)},
        {"--allow_missing_builtins", Arity::kOptionalBool, "Allow running without all the builtins.",
         [](Options& o, const std::string& v) {
             if (v != "True" && v != "False") {
                 return "argument --allow_missing_builtins: invalid <lambda> value: '" + v + "'";
             }
             o.allow_missing_builtins = v == "True";
             return std::string();
         }},
        {"--no_python_hints", Arity::kNone,
         "Refuse, when loading, hints that have no native handler (xcairo; they run in Python otherwise).",
         set_true(&Options::no_python_hints)},
        {"--no_native_hints", Arity::kNone,
         "Run every hint in Python with cairo-lang importable, as cairo-run does (xcairo).",
         set_true(&Options::no_native_hints)},
        {"--hint_counts", Arity::kOne,
         "Append how often the run executed each hint text to this file, one JSON line a run (xcairo).",
         set_string(&Options::hint_counts)},
        {"--run_from_cairo_pie", Arity::kOne, "Run a Cairo PIE file (not supported yet).", unsupported()},
        {"--cairo_pie_output", Arity::kOne, "Write a Cairo PIE (not supported yet).", unsupported()},
        {"--merge_extra_segments", Arity::kNone, "Cairo PIE option (not supported yet).", unsupported()},
        {"--debug_info_file", Arity::kOne, "Write run-time debug information (not supported yet).", unsupported()},
        {"--air_public_input", Arity::kOne, "Output file name for the public input json file of the Cairo AIR.",
         set_string(&Options::air_public_input)},
        {"--air_private_input", Arity::kOne, "Output file name for the private input json file of the Cairo AIR.",
         set_string(&Options::air_private_input)},
        {"--cairo_layout_params_file", Arity::kOne,
         "Path to a json file representing a CairoLayoutParams object (the dynamic layout only).",
         set_string(&Options::cairo_layout_params_file)},
        {"--tracer", Arity::kNone, "Run the tracer (not supported).", unsupported()},
        {"--profile_output", Arity::kOne, "Write profile data (not supported yet).", unsupported()},
        {"--show_trace", Arity::kNone, "Print the Python error trace (not applicable).", unsupported()},
        {"--flavor", Arity::kOne, "Build flavor of cairo-lang's crypto library (not applicable).", unsupported()},
        {"--python_dependencies", Arity::kOne, "cairo-lang build option (not applicable).", unsupported()},
    };
    return kFlags;
}

std::string usage() {
    return std::string("usage: ") + kProg + " [-h] [-v] --program PROGRAM [options]\n";
}

std::string help_text() {
    std::string text = usage() + "\nRuns a compiled Cairo 0 program, as cairo-run does.\n\noptions:\n"
                                 "  -h, --help            show this help message and exit\n"
                                 "  -v, --version         show program's version number and exit\n";
    for (const Flag& f : flags()) {
        std::string left = "  " + f.name + (f.arity == Arity::kOne ? " VALUE" : f.arity == Arity::kOptionalBool ? " [True|False]" : "");
        if (left.size() < 32) left += std::string(32 - left.size(), ' ');
        text += left + " " + f.help + "\n";
    }
    return text;
}

ParseResult usage_error(const std::string& message) {
    return {std::nullopt, 2, "", usage() + kProg + ": error: " + message + "\n"};
}

// argparse accepts unambiguous prefixes of long options.
std::variant<const Flag*, std::string> find_flag(const std::string& name) {
    std::vector<const Flag*> matches;
    for (const Flag& f : flags()) {
        if (f.name == name) return &f;
        if (f.name.rfind(name, 0) == 0) matches.push_back(&f);
    }
    if (matches.size() == 1) return matches.front();
    if (matches.empty()) return "unrecognized arguments: " + name;
    std::string list;
    for (const Flag* f : matches) list += (list.empty() ? "" : ", ") + f->name;
    return "ambiguous option: " + name + " could match " + list;
}

}  // namespace

ParseResult parse_options(const std::vector<std::string>& args) {
    Options options;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg == "-h" || arg == "--help") return {std::nullopt, 0, help_text(), ""};
        if (arg == "-v" || arg == "--version") return {std::nullopt, 0, std::string(kProg) + " " + kVersion + "\n", ""};
        if (arg.rfind("--", 0) != 0) return usage_error("unrecognized arguments: " + arg);
        std::optional<std::string> value;
        if (const size_t eq = arg.find('='); eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        const auto found = find_flag(arg);
        if (const auto* message = std::get_if<std::string>(&found)) return usage_error(*message);
        const Flag& flag = *std::get<const Flag*>(found);
        if (flag.arity == Arity::kNone && value) {
            return usage_error("argument " + flag.name + ": ignored explicit argument '" + *value + "'");
        }
        const bool next_is_value = i + 1 < args.size() && args[i + 1].rfind("-", 0) != 0;
        if (flag.arity == Arity::kOne && !value) {
            if (!next_is_value) return usage_error("argument " + flag.name + ": expected one argument");
            value = args[++i];
        }
        if (flag.arity == Arity::kOptionalBool && !value) value = next_is_value ? args[++i] : "True";
        if (!flag.apply) {
            options.unsupported.push_back(flag.name);
        } else if (const std::string error = flag.apply(options, value.value_or(""));
                   !error.empty()) {
            return usage_error(error);
        }
    }
    return {options, 0, "", ""};
}

}  // namespace xcairo::cli
