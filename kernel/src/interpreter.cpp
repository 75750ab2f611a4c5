#include "interpreter.hpp"

#include <cctype>

#include "history.hpp"
#include "interrupt.hpp"
#ifdef XCAIRO_KERNEL_EMBEDS_MODULE
#include "xcairo_python/python_hints.hpp"
#endif

namespace xcairo::kernel {
namespace {

void raise_python(PyObject* type, const std::string& message) {
    PyErr_SetString(type, message.c_str());
    throw py::error_already_set();
}

/// The word being completed in the line up to the cursor, and where it starts.
std::pair<std::string, size_t> word_before(const std::string& text) {
    const size_t start = text.find_last_of(" \t") == std::string::npos ? 0 : text.find_last_of(" \t") + 1;
    return {text.substr(start), start};
}

}  // namespace

Interpreter::Interpreter(History& history) : m_history(history), m_magics(make_magics()) {
    set_interrupt_target(&m_session);
#ifdef XCAIRO_KERNEL_EMBEDS_MODULE
    // cairo-run's hint scope: program_input from the file given to %cairo_load. The executor takes
    // the GIL itself (magics run with it released).
    m_session.set_hint_executor_factory([](const LoadRequest& request) {
        const std::optional<std::string> input = request.program_input;
        return python::make_python_hint_executor([input] { return python::cairo_run_hint_locals(input); });
    });
#endif
    // Python threads go on while a machine runs; the rest of a magic holds the GIL, which
    // serialises the session against them (xcairo.current(), magics called from threads).
    m_session.set_run_wrapper([](const std::function<void()>& run) {
        py::gil_scoped_release release;
        run();
    });
}

Interpreter::~Interpreter() { set_interrupt_target(nullptr); }

void Interpreter::configure_impl() {
    xpyt::interpreter::configure_impl();
    py::gil_scoped_acquire acquire;
    m_cairo_error = py::reinterpret_steal<py::object>(
        PyErr_NewException("xcairo_kernel.CairoError", PyExc_RuntimeError, nullptr));
    // Not IPython's UsageError: IPython prints that one and lets the cell succeed.
    m_usage_error = py::reinterpret_steal<py::object>(
        PyErr_NewException("xcairo_kernel.UsageError", PyExc_ValueError, nullptr));
    for (auto& [name, magic] : m_magics) {
        Magic* target = magic.get();
        py::cpp_function function([this, target](const std::string& line) { call_magic(*target, line); },
                                  py::name(name.c_str()), py::doc(magic->parser().help().c_str()));
        m_ipython_shell.attr("register_magic_function")(function, "line", name);
    }
}

void Interpreter::call_magic(Magic& magic, const std::string& line) {
    Display display;
    std::string usage_error;
    std::string failure;
    try {
        display = magic.call(line, m_session);
    } catch (const UsageError& e) {
        usage_error = e.what();
    } catch (const SessionError& e) {
        failure = e.what();
    } catch (const std::exception& e) {
        failure = e.what();
    }
    if (!display.empty())
        display_data(nl::json{{"text/plain", display.text}, {"text/html", display.html}},
                     nl::json::object(), nl::json::object());
    if (!usage_error.empty())
        raise_python(m_usage_error.ptr(), usage_error);
    if (failure.empty()) failure = display.error;
    if (!failure.empty()) raise_python(m_cairo_error.ptr(), failure);
}

nl::json Interpreter::execute_request_impl(int execution_counter, const std::string& code,
                                           bool silent, bool store_history,
                                           nl::json user_expressions, bool allow_stdin) {
    const bool recorded = store_history && !silent;
    if (recorded) m_history.record(execution_counter, code);
    const int ipython_count = recorded ? ipython_execution_count() : 0;
    nl::json reply;
    {
        ExecutionScope scope;
        reply = xpyt::interpreter::execute_request_impl(execution_counter, code, silent, store_history,
                                                        std::move(user_expressions), allow_stdin);
    }
    if (recorded) record_output(execution_counter, ipython_count);
    return reply;
}

int Interpreter::ipython_execution_count() {
    py::gil_scoped_acquire acquire;
    return m_ipython_shell.attr("execution_count").cast<int>();
}

void Interpreter::record_output(int execution_counter, int ipython_count) {
    // IPython's displayhook keeps each result's text/plain under IPython's own count, which
    // silent cells leave behind xeus's.
    py::gil_scoped_acquire acquire;
    const py::object outputs = m_ipython_shell.attr("history_manager").attr("output_hist_reprs");
    const py::object output = outputs.attr("get")(ipython_count);
    if (!output.is_none()) m_history.record_output(execution_counter, output.cast<std::string>());
}

nl::json Interpreter::complete_request_impl(const std::string& code, int cursor_pos) {
    // Arguments of a Cairo magic: its options, then its values (VM names, functions...).
    const std::string before = code.substr(0, std::min<size_t>(code.size(), std::max(cursor_pos, 0)));
    const size_t line_start = before.rfind('\n') == std::string::npos ? 0 : before.rfind('\n') + 1;
    const std::string line = before.substr(line_start);
    const size_t space = line.find(' ');
    if (line.size() > 1 && line[0] == '%' && space != std::string::npos) {
        const auto magic = m_magics.find(line.substr(1, space - 1));
        if (magic != m_magics.end()) {
            const auto [word, word_start] = word_before(line);
            std::vector<std::string> candidates = !word.empty() && word[0] == '-'
                                                      ? magic->second->parser().option_names()
                                                      : magic->second->complete_values(m_session);
            nl::json matches = nl::json::array();
            for (const std::string& candidate : candidates)
                if (candidate.compare(0, word.size(), word) == 0) matches.push_back(candidate);
            return nl::json{{"status", "ok"},
                            {"matches", matches},
                            {"cursor_start", line_start + word_start},
                            {"cursor_end", before.size()},
                            {"metadata", nl::json::object()}};
        }
    }
    return xpyt::interpreter::complete_request_impl(code, cursor_pos);
}

nl::json Interpreter::inspect_request_impl(const std::string& code, int cursor_pos, int detail_level) {
    // The word around the cursor: a magic name with its '%'.
    const size_t cursor = std::min<size_t>(code.size(), std::max(cursor_pos, 0));
    const auto is_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    size_t start = cursor, end = cursor;
    while (start > 0 && is_name(code[start - 1])) --start;
    while (end < code.size() && is_name(code[end])) ++end;
    if (start > 0 && code[start - 1] == '%') {
        const auto magic = m_magics.find(code.substr(start, end - start));
        if (magic != m_magics.end())
            return nl::json{{"status", "ok"},
                            {"found", true},
                            {"data", {{"text/plain", magic->second->parser().help()}}},
                            {"metadata", nl::json::object()}};
    }
    return xpyt::interpreter::inspect_request_impl(code, cursor_pos, detail_level);
}

nl::json Interpreter::kernel_info_request_impl() {
    nl::json info = xpyt::interpreter::kernel_info_request_impl();
    info["implementation"] = "xcairo";
    info["implementation_version"] = XCAIRO_VERSION;
    info["banner"] = "xcairo: a Cairo VM in an IPython kernel (%lsmagic lists the Cairo magics)";
    // No DAP debugger yet: clients must not send debug requests (they would get no reply).
    info["debugger"] = false;
    return info;
}

}  // namespace xcairo::kernel
