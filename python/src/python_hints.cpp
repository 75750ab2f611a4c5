// The embedded Python hint executor (cairo-lang's VirtualMachineBase.compile_hint / exec_hint).
#include "xcairo_python/python_hints.hpp"

#include <fstream>
#include <pybind11/embed.h>
#include <sstream>
#include <vector>

#include "builtin_objects.hpp"
#include "hint_objects.hpp"
#include "hint_prelude.hpp"
#include "memory_rules.hpp"
#include "scope_bridge.hpp"
#include "values.hpp"
#include "xcairo_python/module.hpp"

namespace xcairo::python {
namespace {

// del globals[name], if the hint left it there.
void discard(const py::dict& globals, py::handle name) {
    if (PyDict_DelItem(globals.ptr(), name.ptr()) != 0) PyErr_Clear();
}

// The prelude's functions, made once per process.
py::dict& prelude() {
    static py::dict* globals = nullptr;
    if (globals == nullptr) {
        globals = new py::dict();
        py::exec(kHintPrelude, *globals);
    }
    return *globals;
}

// The xcairo module's classes (Relocatable, the hint objects) registered with this binary's
// pybind11: by the extension module, by an embedding application's built-in module, or here
// (xcairo-run: never the extension module found on sys.path, whose classes are not ours).
void ensure_xcairo_module() {
    if (py::detail::get_type_info(typeid(Relocatable)) != nullptr) return;
    py::module_ sys = py::module_::import("sys");
    if (py::tuple(sys.attr("builtin_module_names")).contains("xcairo")) {
        py::module_::import("xcairo");
        return;
    }
    static PyModuleDef definition{};
    py::module_ m = py::module_::create_extension_module("xcairo", nullptr, &definition);
    define_module(m);
    sys.attr("modules")["xcairo"] = m;
}

// The pending Python exception as a HintError carrying cairo-lang's formatted traceback.
HintError fetch_hint_error(const std::function<py::object(const py::error_already_set&)>& format) {
    py::error_already_set error;
    HintError hint_error = hint_error_of(error);
    hint_error.formatted_traceback = py::str(format(error));
    return hint_error;
}

class PythonHintExecutor final : public HintExecutor {
  public:
    explicit PythonHintExecutor(std::function<py::dict()> make_hint_locals)
        : m_make_hint_locals(std::move(make_hint_locals)) {}

    ~PythonHintExecutor() override {
        if (!Py_IsInitialized()) return;
        py::gil_scoped_acquire gil;
        m_codes.clear();
        m_state.reset();
        m_make_hint_locals = nullptr;
    }

    std::optional<uint64_t> compile(const HintSpec& spec) override {
        if (!Py_IsInitialized()) start_embedded_python();
        py::gil_scoped_acquire gil;
        State& state = this->state();
        // As cairo-lang reports it: the hint's file and line when the debug info has them.
        const InstructionLocation* location = spec.program.instruction_location(spec.pc);
        const HintLocation* hint_location =
            location && spec.index_at_pc < location->hints.size() && location->hints[spec.index_at_pc]
                ? &*location->hints[spec.index_at_pc]
                : nullptr;
        const bool located = hint_location && hint_location->location.filename;
        std::string filename = "<hint" + std::to_string(spec.hint_id) + ">";
        int64_t first_line = 1;
        if (located) {
            filename = *hint_location->location.filename;
            first_line = hint_location->location.start_line + hint_location->n_prefix_newlines;
        }
        const std::string source = std::string(static_cast<size_t>(std::max<int64_t>(first_line - 1, 0)), '\n') +
                                   spec.hint.code;
        PyObject* code = Py_CompileString(source.c_str(), filename.c_str(), Py_file_input);
        if (code == nullptr) {
            HintError error = fetch_hint_error([&](const py::error_already_set& e) {
                return prelude()["format_compile_error"](e.value(), located, spec.hint.code, first_line);
            });
            error.while_compiling = true;
            throw error;
        }
        state.hint_files.add(py::str(filename));
        m_codes.push_back(py::reinterpret_steal<py::object>(code));
        return m_codes.size() - 1;
    }

    ScopeBridge* scope_bridge() override { return &m_bridge; }

    void execute(uint64_t handle, HintContext& context) override {
        py::gil_scoped_acquire gil;
        State& state = this->state();
        state.runtime->context = &context;
        struct Reset {
            HintRuntime& runtime;
            ~Reset() { runtime.context = nullptr; }
        } reset{*state.runtime};

        py::dict globals = scope_dict(context);
        const py::dict& per_hint = per_hint_locals(context);
        if (PyDict_Update(globals.ptr(), per_hint.ptr()) != 0) throw py::error_already_set();
        globals[state.key_ap] = hint_address(context.ap());
        globals[state.key_fp] = hint_address(context.fp());
        globals[state.key_pc] = hint_address(context.pc());
        globals[state.key_current_step] = context.current_step();

        PyObject* result = PyEval_EvalCode(m_codes.at(handle).ptr(), globals.ptr(), globals.ptr());
        if (result == nullptr) {
            throw fetch_hint_error([&state](const py::error_already_set& e) {
                const py::object trace = e.trace() ? e.trace() : py::none();
                return prelude()["format_exception"](e.type(), e.value(), trace, state.hint_files);
            });
        }
        Py_DECREF(result);
        // cairo-lang deletes the per-hint names after the hint.
        for (const auto& item : per_hint) discard(globals, item.first);
        // Prints reach the terminal in order with the run's own output.
        state.sys.attr("stdout").attr("flush")();
    }

  private:
    // The Python side of the executor, made with the GIL on first use.
    struct State {
        std::shared_ptr<HintRuntime> runtime = std::make_shared<HintRuntime>();
        py::object memory, ids, enter_scope, exit_scope, is_accessed, load_program;
        py::dict static_locals;
        py::dict hint_locals;
        py::dict ecdsa_additional_data;  ///< vm_ecdsa_additional_data: the VM's, kept across hints
        py::dict memory_rules;  ///< vm_add_auto_deduction_rule, vm_add_validation_rule
        py::set hint_files;
        py::module_ sys = py::module_::import("sys");
        py::str key_ap{"ap"}, key_fp{"fp"}, key_pc{"pc"}, key_current_step{"current_step"};
        const Program* per_hint_program = nullptr;  ///< the run's program `per_hint` was made for
        py::dict per_hint;
    };

    // What every hint of a run (a loaded program's too) gets for its run only, made once per run:
    // memory, ids, the scope functions, the static locals and the builtin runners.
    const py::dict& per_hint_locals(const HintContext& context) {
        State& state = this->state();
        if (state.per_hint_program != &context.run_program()) {
            auto locals = py::reinterpret_steal<py::dict>(PyDict_Copy(state.static_locals.ptr()));
            locals["memory"] = state.memory;
            locals["ids"] = state.ids;
            locals["vm_enter_scope"] = state.enter_scope;
            locals["vm_exit_scope"] = state.exit_scope;
            locals["vm_ecdsa_additional_data"] = state.ecdsa_additional_data;
            locals["is_accessed"] = state.is_accessed;
            locals["vm_load_program"] = state.load_program;
            if (PyDict_Update(locals.ptr(), state.memory_rules.ptr()) != 0) throw py::error_already_set();
            const py::dict builtins = hint_builtins(state.runtime, context);
            locals["builtin_runners"] = builtins;
            if (PyDict_Update(locals.ptr(), builtins.ptr()) != 0) throw py::error_already_set();
            state.per_hint = locals;
            state.per_hint_program = &context.run_program();
        }
        return state.per_hint;
    }

    State& state() {
        if (m_state) return *m_state;
        ensure_xcairo_module();
        auto state = std::make_unique<State>();
        state->memory = hint_memory(state->runtime);
        state->ids = hint_ids(state->runtime);
        std::shared_ptr<HintRuntime> runtime = state->runtime;
        state->enter_scope = py::cpp_function(
            [runtime](py::object new_scope_locals) {
                HintContext& context = runtime->get();
                py::dict locals = new_scope_locals.is_none() ? py::dict() : py::dict(new_scope_locals);
                context.scopes().enter();
                set_python_scope(context.scopes(), locals);
            },
            py::arg("new_scope_locals") = py::none());
        state->exit_scope = py::cpp_function(
            [runtime]() { translating_hint_errors([&] { runtime->get().scopes().exit(); }); });
        state->is_accessed = py::cpp_function(
            [runtime](py::handle addr) {
                const Relocatable address = address_from_py(addr);
                return translating_hint_errors([&] { return runtime->get().is_accessed(address); });
            },
            py::arg("addr"));
        const py::object prime = felt_to_int(Felt::from_i64(-1)) + py::int_(1);
        state->load_program = hint_load_program(state->runtime, prime);
        state->static_locals = prelude()["static_locals"](prime, py::type::of<Relocatable>());
        state->static_locals["segments"] = hint_segments(state->runtime);
        state->memory_rules = memory_rule_functions(state->runtime, state->memory, prime);
        add_reference_cairo_lang(false);
        state->hint_locals = m_make_hint_locals ? m_make_hint_locals() : py::dict();
        m_state = std::move(state);
        return *m_state;
    }

    // The current execution scope's dict (the main scope starts with a copy of hint_locals).
    py::dict scope_dict(HintContext& context) {
        ExecScopes& scopes = context.scopes();
        if (PyObject* globals = python_scope(scopes)) return py::reinterpret_borrow<py::dict>(globals);
        py::dict locals = scopes.depth() == 1 ? py::dict(state().hint_locals) : py::dict();
        set_python_scope(scopes, locals);
        return locals;
    }

    std::function<py::dict()> m_make_hint_locals;
    PythonScopeBridge m_bridge;
    std::unique_ptr<State> m_state;
    std::vector<py::object> m_codes;
};

}  // namespace

std::shared_ptr<HintExecutor> make_python_hint_executor(std::function<py::dict()> make_hint_locals) {
    return std::make_shared<PythonHintExecutor>(std::move(make_hint_locals));
}

void start_embedded_python() {
    if (Py_IsInitialized()) return;
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    PyConfig_SetString(&config, &config.program_name, L"/usr/bin/python3");
    config.install_signal_handlers = 0;  // Ctrl-C keeps stopping xcairo-run as before
    config.parse_argv = 0;
    py::initialize_interpreter(&config, 0, nullptr, false);
}

py::dict cairo_run_hint_locals(const std::optional<std::string>& program_input_path) {
    py::dict locals;
    if (program_input_path) {
        std::ifstream in(*program_input_path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        locals["program_input"] = py::module_::import("json").attr("loads")(text.str());
    } else {
        locals["program_input"] = py::dict();
    }
    return locals;
}

}  // namespace xcairo::python
