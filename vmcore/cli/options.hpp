#pragma once
// xcairo-run's command line: cairo-run's flags, defaults and argparse behaviour.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace xcairo::cli {

struct Options {
    std::optional<std::string> program;
    std::optional<std::string> program_input;
    std::optional<uint64_t> steps;
    std::optional<uint64_t> min_steps;
    bool debug_error = false;
    bool no_end = false;
    bool print_memory = false;
    bool relocate_prints = false;
    std::optional<bool> secure_run;
    bool print_info = false;
    bool print_segments = false;
    bool print_output = false;
    std::optional<std::string> memory_file;
    std::optional<std::string> trace_file;
    std::optional<std::string> program_output_file;
    std::string layout = "plain";
    std::optional<std::string> cairo_layout_params_file;
    bool proof_mode = false;
    std::optional<std::string> air_public_input;
    std::optional<std::string> air_private_input;
    std::optional<bool> allow_missing_builtins;
    bool no_python_hints = false;  ///< xcairo: refuse hints without a native handler at load
    bool no_native_hints = false;  ///< xcairo: every hint runs in Python (cairo-lang's code)
    std::optional<std::string> hint_counts;  ///< xcairo: appends the run's hint executions here
    /// cairo-run flags recognised but not supported yet, as given.
    std::vector<std::string> unsupported;
};

/// What the command line asks for: a run, or an early exit (help, version, usage error).
struct ParseResult {
    std::optional<Options> options;
    int exit_code = 0;
    std::string out;  ///< text for stdout (help, version)
    std::string err;  ///< text for stderr (usage errors)
};

ParseResult parse_options(const std::vector<std::string>& args);

}  // namespace xcairo::cli
