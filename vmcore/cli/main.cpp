// xcairo-run: runs a compiled Cairo program with cairo-run's flags and prints what it prints.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "hint_counts.hpp"
#include "options.hpp"
#include "vmcore/hint_executor.hpp"
#include "vmcore/layout.hpp"
#include "vmcore/machine.hpp"
#ifdef XCAIRO_WITH_PYTHON
#include "xcairo_python/python_hints.hpp"
#endif

namespace xcairo::cli {
namespace {

// argparse's FileType message: "argument --x: can't open 'p': [Errno 2] No such file ...: 'p'".
std::runtime_error cannot_open(const std::string& flag, const std::string& path) {
    const int code = errno;
    return std::runtime_error("argument " + flag + ": can't open '" + path + "': [Errno " +
                              std::to_string(code) + "] " + std::strerror(code) + ": '" + path + "'");
}

// argparse opens files while parsing: outputs exist (empty) even when the run fails.
std::unique_ptr<std::ofstream> open_output(const std::optional<std::string>& path,
                                           const std::string& flag) {
    if (!path) return nullptr;
    auto file = std::make_unique<std::ofstream>(*path, std::ios::binary | std::ios::trunc);
    if (!*file) throw cannot_open(flag, *path);
    return file;
}

void check_input(const std::optional<std::string>& path, const std::string& flag) {
    if (path && !std::ifstream(*path)) throw cannot_open(flag, *path);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Python's os.path.abspath.
std::string absolute_path(const std::string& path) {
    std::string normal = std::filesystem::absolute(path).lexically_normal().string();
    if (normal.size() > 1 && normal.back() == '/') normal.pop_back();
    return normal;
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

// --no_python_hints: a hint without a native handler fails the load.
class RefuseHints final : public HintExecutor {
  public:
    std::optional<uint64_t> compile(const HintSpec& spec) override {
        const std::string& code = spec.hint.code;
        throw Error("xcairo-run: --no_python_hints: the hint at pc 0:" + std::to_string(spec.pc) +
                    " has no native handler; it begins: " + code.substr(0, code.find('\n')));
    }
    void execute(uint64_t, HintContext&) override {
        throw Error("xcairo-run: --no_python_hints runs no hint.");
    }
};

// What runs the hints without a native handler: embedded Python unless refused.
std::shared_ptr<HintExecutor> hint_executor(const Options& o) {
    if (o.no_python_hints && o.no_native_hints)
        throw Error("xcairo-run: --no_python_hints and --no_native_hints leave no way to run a hint.");
    if (o.no_python_hints) return std::make_shared<RefuseHints>();
#ifdef XCAIRO_WITH_PYTHON
    return python::make_python_hint_executor([path = o.program_input, reference = o.no_native_hints] {
        // Hints import cairo-lang and its dependencies as cairo-run's do: the reference's first.
        if (!python::add_reference_cairo_lang(true) && reference)
            throw Error("xcairo-run: --no_native_hints needs the reference's cairo-lang (site-packages), not found.");
        return python::cairo_run_hint_locals(path);
    });
#else
    if (o.no_native_hints) throw Error("xcairo-run: --no_native_hints needs xcairo-run built with Python.");
    return nullptr;
#endif
}

// The run itself (cairo_run() of cairo_run.py); returns the exit code.
int run(const Options& o, std::ofstream* trace_out, std::ofstream* memory_out) {
    auto program = std::make_shared<const Program>(load_program_file(*o.program));

    RunnerConfig config;
    config.layout = o.layout;
    if (o.layout == "dynamic") config.layout_def = dynamic_layout_from_params(read_file(*o.cairo_layout_params_file));
    config.proof_mode = o.proof_mode;
    config.allow_missing_builtins = o.allow_missing_builtins.value_or(o.proof_mode);
    config.on_warning = [](const std::string& line) { std::cout << line << "\n"; };
    config.hint_executor = hint_executor(o);
    config.native_hints = !o.no_native_hints;
    RunOptions run_options;
    run_options.steps = o.steps;
    run_options.min_steps = o.min_steps;
    run_options.no_end = o.no_end;
    run_options.secure_run = o.secure_run.value_or(!o.proof_mode);
    run_options.debug_error = o.debug_error;
    Machine machine(program, config, run_options);
    machine.run();
    // Failed runs too: a failing hint was executed.
    if (o.hint_counts) {
        append_hint_counts(*o.hint_counts, *o.program, machine.runner().hint_executions());
    }
    int exit_code = 0;
    if (!machine.debug_error_text().empty()) {
        std::cout << "Got an error:\n" << machine.debug_error_text() << "\n";
        exit_code = 1;
    }
    if (machine.state() == MachineState::kFailed) machine.rethrow_error();

    Runner& runner = machine.runner();
    if (o.print_memory) std::cout << runner.memory_text(o.relocate_prints);
    if (o.print_output) std::cout << runner.output_text();
    if (o.print_info) {
        std::cout << runner.info_text(o.relocate_prints);
        if (o.proof_mode && !o.no_end) std::cout << runner.builtin_usage_text() << "\n";
    }
    if (o.print_segments) std::cout << runner.segments_text();
    if (trace_out) runner.write_trace(*trace_out);
    if (memory_out) runner.write_memory(*memory_out);
    if (o.air_public_input) write_text(*o.air_public_input, runner.air_public_input(o.layout));
    if (o.air_private_input) {
        if (!o.trace_file) throw AssertionFailure("--trace_file must be set when --air_private_input is set.");
        if (!o.memory_file) throw AssertionFailure("--memory_file must be set when --air_private_input is set.");
        std::cout.flush();
        write_text(*o.air_private_input,
                   runner.air_private_input(absolute_path(*o.trace_file), absolute_path(*o.memory_file)));
    }
    if (o.program_output_file) {
        std::ofstream out(*o.program_output_file);
        for (const std::string& value : runner.output_values()) out << value << "\n";
    }
    return exit_code;
}

int main_impl(const std::vector<std::string>& args) {
    const ParseResult parsed = parse_options(args);
    std::cout << parsed.out;
    std::cerr << parsed.err;
    if (!parsed.options) return parsed.exit_code;
    const Options& o = *parsed.options;

    std::unique_ptr<std::ofstream> trace_out, memory_out;
    try {
        check_input(o.program, "--program");
        check_input(o.program_input, "--program_input");
        trace_out = open_output(o.trace_file, "--trace_file");
        memory_out = open_output(o.memory_file, "--memory_file");
        open_output(o.air_public_input, "--air_public_input");
        open_output(o.air_private_input, "--air_private_input");
        check_input(o.cairo_layout_params_file, "--cairo_layout_params_file");
        if (o.hint_counts && !std::ofstream(*o.hint_counts, std::ios::app)) {
            throw cannot_open("--hint_counts", *o.hint_counts);
        }
    } catch (const std::runtime_error& e) {
        std::cerr << "xcairo-run: error: " << e.what() << "\n";
        return 2;
    }
    if (!o.unsupported.empty()) {
        std::cerr << "Error: xcairo-run does not support " << o.unsupported.front() << " yet.\n";
        return 1;
    }
    if (!o.program) {
        std::cerr << "AssertionError: Exactly one of --program, --run_from_cairo_pie must be specified.\n";
        return 1;
    }
    if (o.steps && o.min_steps && *o.steps != 0 && *o.min_steps != 0) {
        std::cerr << "AssertionError: --steps and --min_steps cannot be both specified.\n";
        return 1;
    }
    if (o.air_public_input && !o.proof_mode) {
        std::cerr << "AssertionError: --air_public_input can only be used in proof_mode.\n";
        return 1;
    }
    if (o.air_private_input && !o.proof_mode) {
        std::cerr << "AssertionError: --air_private_input can only be used in proof_mode.\n";
        return 1;
    }
    if (o.layout == "dynamic" && !o.cairo_layout_params_file) {
        std::cerr << "AssertionError\n";
        return 1;
    }
    try {
        return run(o, trace_out.get(), memory_out.get());
    } catch (const std::exception& e) {
        std::cerr << error_report(e) << "\n";
    }
    return 1;
}

}  // namespace
}  // namespace xcairo::cli

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return xcairo::cli::main_impl(std::vector<std::string>(argv + 1, argv + argc));
}
