// xcairo.current() and xcairo.vm(name): the host's VMs as xcairo.VM objects. A machine keeps one
// Python object while that object lives, so that `xcairo.current() is xcairo.current()`.
#include "xcairo_python/vm_host.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "debug_bindings.hpp"
#include "xcairo_python/python_hints.hpp"

namespace xcairo::python {
namespace {

VmHost* g_host = nullptr;

std::map<const Machine*, std::weak_ptr<PyVm>>& wrapped() {
    static auto* objects = new std::map<const Machine*, std::weak_ptr<PyVm>>();
    return *objects;
}

std::shared_ptr<PyProgram> program_of(const HostedVm& hosted) {
    std::ifstream in(hosted.program_path, std::ios::binary);
    std::ostringstream json;
    json << in.rdbuf();
    // The machine's own program: no second parse; the JSON kept for pickling.
    return std::make_shared<PyProgram>(PyProgram{hosted.machine->program_ptr(), json.str(), hosted.program_path});
}

std::shared_ptr<PyVm> wrap(const HostedVm& hosted) {
    auto& objects = wrapped();
    for (auto it = objects.begin(); it != objects.end();) it = it->second.expired() ? objects.erase(it) : std::next(it);
    if (auto vm = objects[hosted.machine.get()].lock()) return vm;
    auto vm = std::make_shared<PyVm>();
    vm->program = program_of(hosted);
    vm->machine = hosted.machine;
    // A copy of the host's hint scope: program_input read from the same file.
    vm->hint_locals = cairo_run_hint_locals(hosted.program_input_path);
    vm->program_input = vm->hint_locals["program_input"];
    objects[hosted.machine.get()] = vm;
    return vm;
}

std::shared_ptr<PyVm> hosted(const std::optional<std::string>& name) {
    if (g_host == nullptr) {
        throw std::runtime_error("xcairo: no VMs are hosted here (xcairo.current() and xcairo.vm() are "
                                 "the VMs of the xcairo Jupyter kernel's magics)");
    }
    return wrap(g_host->hosted_vm(name));
}

}  // namespace

void set_vm_host(VmHost* host) noexcept { g_host = host; }

void define_vm_host(py::module_& m) {
    m.def("current", [] { return hosted(std::nullopt); },
          "The VM the kernel's magics act on (%cairo_load, %vm NAME), sharing its machine.");
    m.def("vm", [](const std::string& name) { return hosted(name); }, py::arg("name"),
          "The kernel's VM of that name (%vms lists them), sharing its machine.");
}

}  // namespace xcairo::python
