#pragma once
// Bindings for inspecting VMs as a debugger does: the host application's VMs, and the view of a
// hint the VM is paused before.
#include <pybind11/pybind11.h>

#include "vm.hpp"

namespace xcairo::python {

/// xcairo.current() and xcairo.vm(name).
void define_vm_host(py::module_& m);
/// VM.hint(index) and xcairo.PendingHint.
void define_pending_hint(py::module_& m);

}  // namespace xcairo::python
