// VM.hint(index): a paused VM's next hint as that hint will see the VM (ids, memory, segments),
// so that a debugger can look at a hint's inputs before it runs.
#include <pybind11/stl.h>

#include "debug_bindings.hpp"
#include "errors.hpp"
#include "hint_objects.hpp"
#include "values.hpp"

namespace xcairo::python {
namespace {

struct PendingHint {
    std::shared_ptr<PyVm> vm;
    std::shared_ptr<HintRuntime> runtime;
    size_t index = 0;
    Relocatable pc;
    std::string code;
};

PendingHint pending_hint(const std::shared_ptr<PyVm>& vm, size_t index) {
    Machine& machine = vm->idle();
    std::shared_ptr<HintContext> context = translating_errors([&] { return std::shared_ptr<HintContext>(machine.pending_hint(index)); });
    PendingHint view{vm, std::make_shared<HintRuntime>(), index, machine.pc(), context->hint().code};
    view.runtime->context = context.get();
    view.runtime->owned = context;
    // The registers and the scopes move on with the next step: the view is then stale.
    const uint64_t step = machine.current_step();
    const MachineState state = machine.state();
    view.runtime->check = [vm, step, state] {
        Machine& now = vm->idle();
        if (now.current_step() != step || now.state() != state) {
            throw std::runtime_error("xcairo: the VM has moved on from this hint (take vm.hint() again)");
        }
    };
    return view;
}

}  // namespace

void define_pending_hint(py::module_& m) {
    py::class_<PendingHint>(m, "PendingHint",
                            "A hint of the instruction a VM is paused at, before it runs: its ids, memory and "
                            "segments as the hint will see them (writes go to the VM).")
        .def_readonly("index", &PendingHint::index, "Its index among the hints of its pc.")
        .def_property_readonly("pc", [](const PendingHint& h) { return address_to_py(h.pc); })
        .def_readonly("code", &PendingHint::code, "The hint's Python code.")
        .def_property_readonly("ids", [](const PendingHint& h) { return hint_ids(h.runtime); })
        .def_property_readonly("memory", [](const PendingHint& h) { return hint_memory(h.runtime); })
        .def_property_readonly("segments", [](const PendingHint& h) { return hint_segments(h.runtime); })
        .def("__repr__", [](const PendingHint& h) {
            const std::string first_line = h.code.substr(0, h.code.find('\n'));
            return "<xcairo.PendingHint " + std::to_string(h.index) + " at pc " + h.pc.to_string() + ": " +
                   first_line + ">";
        });

    py::object vm_class = m.attr("VM");
    vm_class.attr("hint") = py::cpp_function(
        [](std::shared_ptr<PyVm> vm, size_t index) { return pending_hint(vm, index); }, py::name("hint"),
        py::is_method(vm_class), py::sibling(py::getattr(vm_class, "hint", py::none())), py::arg("index") = 0,
        "The hint `index` of the current pc, which has not run yet (the VM is paused before it, e.g. by "
        "stop_before_hints), or the hint that failed the run. xcairo.Error when the pc has no such hint.");
}

}  // namespace xcairo::python
