#include "vm.hpp"

#include <fstream>
#include <pybind11/stl.h>

#include "errors.hpp"
#include "values.hpp"
#include "xcairo_python/python_hints.hpp"

namespace xcairo::python {
namespace {

// Steps run with the GIL released before Python's signal handlers get a look (Ctrl-C).
constexpr uint64_t kSignalSlice = 1 << 20;

// Runs the machine in slices, the GIL released, until call() stops for another reason than its
// slice running out, the budget is spent, or a signal handler raises.
template <class Call>
StopResult run_sliced(PyVm& vm, std::optional<uint64_t> budget, Call&& call) {
    Machine& machine = *vm.machine;
    // MachineBusy (RuntimeError) for a second driver: another thread, or a hint of this run.
    const Machine::DriveGuard guard(machine);
    StopResult total{StopCause::kSteps, 0};
    while (true) {
        const uint64_t slice = budget ? std::min(kSignalSlice, *budget - total.steps) : kSignalSlice;
        StopResult result;
        {
            py::gil_scoped_release release;
            result = call(machine, slice);
        }
        total.steps += result.steps;
        total.cause = result.cause;
        if (result.cause != StopCause::kSteps || (budget && total.steps >= *budget)) break;
        if (PyErr_CheckSignals() != 0) throw py::error_already_set();
    }
    if (total.cause == StopCause::kError) raise_error(machine.error(), &machine);
    return total;
}

void write_file(const std::string& path, const std::function<void(std::ostream&)>& write) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw py::value_error("cannot open " + path + " for writing");
    py::gil_scoped_release release;
    write(out);
}

const Runner& finished_runner(PyVm& vm) {
    Machine& machine = vm.idle();
    if (machine.state() != MachineState::kFinished) {
        throw std::runtime_error("xcairo: the run has not finished (relocation happens at its end)");
    }
    return machine.runner();
}

// vm.memory: reads and write-once writes.
struct MemoryView {
    std::shared_ptr<PyVm> vm;
};

// vm.segments: cairo-lang's MemorySegmentManager, the parts a user needs.
struct SegmentsView {
    std::shared_ptr<PyVm> vm;
};

py::object memory_get(const MemoryView& view, py::handle key, py::object fallback) {
    const std::optional<MaybeRelocatable> value = view.vm->idle().memory().get(address_from_py(key));
    return value ? value_to_py(*value) : fallback;
}

// xcairo.VM(...): cairo-run's run options, and the hints' main scope (hint_locals, program_input).
std::shared_ptr<PyVm> make_vm(std::shared_ptr<PyProgram> program, std::string layout, bool proof_mode,
                              py::object program_input, py::object hint_locals, std::optional<bool> secure_run,
                              std::optional<uint64_t> steps, std::optional<uint64_t> min_steps, bool no_end,
                              std::optional<std::string> layout_params_file,
                              std::optional<bool> allow_missing_builtins) {
    RunnerConfig config;
    if (layout == "dynamic") {
        if (!layout_params_file) throw py::value_error("xcairo.VM: the dynamic layout needs cairo_layout_params_file");
        std::ifstream in(*layout_params_file, std::ios::binary);
        if (!in) throw py::value_error("xcairo.VM: cannot read " + *layout_params_file);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        config.layout_def = translating_errors([&] { return dynamic_layout_from_params(text); });
    }  // other layouts ignore the file, as cairo-run does
    config.layout = std::move(layout);
    config.proof_mode = proof_mode;
    config.allow_missing_builtins = allow_missing_builtins.value_or(proof_mode);
    // The main scope of the hints, as cairo-run's: hint_locals and program_input.
    py::dict locals = hint_locals.is_none() ? py::dict() : py::dict(hint_locals);
    if (!locals.contains("program_input")) {
        locals["program_input"] = program_input.is_none() ? py::dict() : program_input;
    }
    config.hint_executor = make_python_hint_executor([locals] { return locals; });
    RunOptions options;
    options.secure_run = secure_run.value_or(!proof_mode);
    options.steps = steps;
    options.min_steps = min_steps;
    options.no_end = no_end;
    auto vm = std::make_shared<PyVm>();
    vm->machine = translating_errors([&] {
        return std::make_unique<Machine>(program->program, std::move(config), options);
    });
    vm->program = std::move(program);
    vm->program_input = std::move(program_input);
    vm->hint_locals = std::move(locals);
    return vm;
}

}  // namespace

Machine& PyVm::idle() {
    machine->check_readable();
    return *machine;
}

void define_vm(py::module_& m) {
    py::enum_<StopCause>(m, "StopCause", "Why a step or run call returned.")
        .value("STEPS", StopCause::kSteps)
        .value("BREAKPOINT", StopCause::kBreakpoint)
        .value("REACHED_PC", StopCause::kReachedPc)
        .value("BEFORE_HINTS", StopCause::kBeforeHints)
        .value("END", StopCause::kEnd)
        .value("ERROR", StopCause::kError)
        .value("INTERRUPTED", StopCause::kInterrupted);
    py::enum_<MachineState>(m, "State", "Where a VM is.")
        .value("NOT_STARTED", MachineState::kNotStarted)
        .value("PAUSED", MachineState::kPaused)
        .value("FINISHED", MachineState::kFinished)
        .value("FAILED", MachineState::kFailed);
    py::class_<StopResult>(m, "StopResult", "What a step or run call did.")
        .def_readonly("cause", &StopResult::cause)
        .def_readonly("steps", &StopResult::steps)
        .def("__repr__", [](const StopResult& r) {
            return "StopResult(cause=" + std::string(py::str(py::cast(r.cause))) + ", steps=" + std::to_string(r.steps) + ")";
        });

    py::class_<MemoryView>(m, "Memory", "A VM's memory: write-once cells addressed by Relocatable.")
        .def("__getitem__", [](const MemoryView& v, py::handle key) {
            py::object value = memory_get(v, key, py::none());
            if (value.is_none()) throw py::key_error("Unknown value for memory cell at address " + std::string(py::str(key)));
            return value;
        })
        .def("get", &memory_get, py::arg("address"), py::arg("default") = py::none())
        .def("__contains__", [](const MemoryView& v, py::handle key) {
            return py::isinstance<Relocatable>(key) && v.vm->idle().memory().get(key.cast<Relocatable>()).has_value();
        })
        .def("__setitem__", [](const MemoryView& v, py::handle key, py::handle value) {
            const Relocatable address = address_from_py(key);
            const MaybeRelocatable cell = value_from_py(value);
            Machine& machine = v.vm->idle();
            if (machine.state() == MachineState::kFinished) throw std::runtime_error("xcairo: the run has finished");
            translating_errors([&] { machine.runner().write_memory(address, cell); });
        })
        .def("__len__", [](const MemoryView& v) { return v.vm->idle().memory().used_cells(); });

    py::class_<SegmentsView>(m, "Segments", "A VM's segments.")
        .def("add", [](const SegmentsView& s) {
            Machine& machine = s.vm->idle();
            if (machine.state() == MachineState::kFinished) throw std::runtime_error("xcairo: the run has finished");
            return machine.runner().add_segment();
        }, "Adds a segment and returns its base.")
        .def("add_temp_segment", [](const SegmentsView& s) {
            Machine& machine = s.vm->idle();
            if (machine.state() == MachineState::kFinished) throw std::runtime_error("xcairo: the run has finished");
            return machine.runner().add_temp_segment();
        })
        .def("get_segment_used_size", [](const SegmentsView& s, int64_t index) {
            return s.vm->idle().memory().segment_used_size(index);
        }, py::arg("segment_index"))
        .def("__len__", [](const SegmentsView& s) { return s.vm->idle().memory().segment_count(); })
        .def("sizes", [](const SegmentsView& s) {
            const Memory& memory = s.vm->idle().memory();
            std::vector<uint64_t> sizes;
            for (size_t i = 0; i < memory.segment_count(); ++i) sizes.push_back(memory.segment_used_size(static_cast<int64_t>(i)));
            return sizes;
        }, "The used size of every real segment.");

    py::class_<PyVm, std::shared_ptr<PyVm>>(m, "VM", "One run of a program, driven step by step or to its end.")
        .def(py::init(&make_vm), py::arg("program"), py::arg("layout") = "plain", py::arg("proof_mode") = false,
             py::arg("program_input") = py::none(), py::arg("hint_locals") = py::none(),
             py::arg("secure_run") = py::none(), py::kw_only(), py::arg("steps") = py::none(),
             py::arg("min_steps") = py::none(), py::arg("no_end") = false,
             py::arg("cairo_layout_params_file") = py::none(), py::arg("allow_missing_builtins") = py::none())
        .def("step", [](PyVm& vm, uint64_t n) {
            return run_sliced(vm, n, [](Machine& machine, uint64_t slice) { return machine.step(slice); });
        }, py::arg("n") = 1, "Runs up to n steps (fewer at a breakpoint or the end); raises VmError on failure.")
        .def("run", [](PyVm& vm, std::optional<uint64_t> max_steps) {
            return run_sliced(vm, max_steps, [](Machine& machine, uint64_t slice) { return machine.run(slice); });
        }, py::arg("max_steps") = py::none(),
           "Runs to the end and the end-of-run checks (or max_steps steps, or a breakpoint).")
        .def("run_until_pc", [](PyVm& vm, const Relocatable& pc, std::optional<uint64_t> max_steps) {
            translating_errors([&] { vm.idle().breakpoints(); });
            return run_sliced(vm, max_steps, [&pc](Machine& machine, uint64_t slice) {
                return machine.run_until_pc(pc, slice);
            });
        }, py::arg("pc"), py::arg("max_steps") = py::none())
        .def("request_interrupt", [](PyVm& vm) { vm.machine->request_interrupt(); },
             "Stops the running (or next) run call with StopCause.INTERRUPTED; callable from any thread.")
        .def("add_breakpoint", [](PyVm& vm, const Relocatable& pc) {
            translating_errors([&] { vm.idle().add_breakpoint(pc); });
        }, py::arg("pc"))
        .def("remove_breakpoint", [](PyVm& vm, const Relocatable& pc) {
            translating_errors([&] { vm.idle().remove_breakpoint(pc); });
        }, py::arg("pc"))
        .def_property_readonly("breakpoints", [](PyVm& vm) { return vm.idle().breakpoints(); })
        .def_property("stop_before_hints", nullptr, [](PyVm& vm, bool on) { vm.idle().set_stop_before_hints(on); })
        .def_property_readonly("program", [](const PyVm& vm) { return vm.program; })
        .def_property_readonly("state", [](PyVm& vm) { return vm.idle().state(); })
        .def_property_readonly("pc", [](PyVm& vm) { return address_to_py(vm.idle().pc()); })
        .def_property_readonly("ap", [](PyVm& vm) { return address_to_py(vm.idle().ap()); })
        .def_property_readonly("fp", [](PyVm& vm) { return address_to_py(vm.idle().fp()); })
        .def_property_readonly("current_step", [](PyVm& vm) { return vm.idle().current_step(); })
        .def_property_readonly("program_base", [](PyVm& vm) { return vm.idle().runner().program_base(); })
        .def_property_readonly("execution_base", [](PyVm& vm) { return vm.idle().runner().execution_base(); })
        .def_property_readonly("end_pc", [](PyVm& vm) { return address_to_py(vm.idle().end_pc()); })
        .def_property_readonly("program_input", [](const PyVm& vm) { return vm.program_input; })
        .def_property_readonly("hint_locals", [](const PyVm& vm) { return vm.hint_locals; })
        .def_property_readonly("memory", [](std::shared_ptr<PyVm> vm) { return MemoryView{std::move(vm)}; })
        .def_property_readonly("segments", [](std::shared_ptr<PyVm> vm) { return SegmentsView{std::move(vm)}; })
        .def_property_readonly("error", [](PyVm& vm) -> py::object {
            Machine& machine = vm.idle();
            if (!machine.error()) return py::none();
            try {
                raise_error(machine.error(), &machine);
            } catch (py::error_already_set& e) {
                return e.value();
            }
        }, "The VmError that failed the run (None if it has not failed).")
        .def("output", [](PyVm& vm) {
            py::list values;
            for (const std::optional<MaybeRelocatable>& cell : vm.idle().output()) {
                if (!cell) {
                    values.append(py::none());
                } else if (cell->is_relocatable()) {
                    values.append(address_to_py(cell->relocatable()));
                } else {
                    values.append(felt_to_signed_int(cell->felt()));
                }
            }
            return values;
        }, "The output builtin's cells as cairo-run prints them (signed ints; None for a hole).")
        .def("trace", [](PyVm& vm) {
            py::list entries;
            for (const TraceEntry& e : vm.idle().trace()) {
                entries.append(py::make_tuple(address_to_py(e.pc), address_to_py(e.ap), address_to_py(e.fp)));
            }
            return entries;
        }, "The (pc, ap, fp) of every step so far.")
        .def("relocate", [](PyVm& vm) { finished_runner(vm); },
             "Relocation happens at the end of the run; raises unless the run finished.")
        .def("relocated_trace", [](PyVm& vm) {
            py::list entries;
            for (const RelocatedTraceEntry& e : finished_runner(vm).relocated_trace()) entries.append(py::make_tuple(e.pc, e.ap, e.fp));
            return entries;
        }, "The (pc, ap, fp) of every step as flat addresses (after the run).")
        .def("write_trace", [](PyVm& vm, const std::string& path) {
            const Runner& runner = finished_runner(vm);
            translating_errors([&] { write_file(path, [&](std::ostream& out) { runner.write_trace(out); }); });
        }, py::arg("path"), "Writes cairo-run's --trace_file.")
        .def("write_memory", [](PyVm& vm, const std::string& path) {
            const Runner& runner = finished_runner(vm);
            translating_errors([&] { write_file(path, [&](std::ostream& out) { runner.write_memory(out); }); });
        }, py::arg("path"), "Writes cairo-run's --memory_file.")
        .def("output_text", [](PyVm& vm) { return vm.idle().runner().output_text(); })
        .def("info_text", [](PyVm& vm, bool relocated) { return finished_runner(vm).info_text(relocated); },
             py::arg("relocated") = true, "cairo-run's --print_info text.")
        .def("__repr__", [](PyVm& vm) {
            if (vm.machine->driven_elsewhere()) return std::string("<xcairo.VM running>");
            return "<xcairo.VM " + std::string(py::str(py::cast(vm.machine->state()))) + " at pc " + vm.machine->pc().to_string() +
                   ", step " + std::to_string(vm.machine->current_step()) + ">";
        });
}

}  // namespace xcairo::python
