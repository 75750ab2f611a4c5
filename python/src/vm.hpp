#pragma once
// xcairo.VM: a Machine driven from Python; the GIL is released while it runs.
#include <memory>
#include <pybind11/pybind11.h>

#include "program.hpp"
#include "vmcore/machine.hpp"

namespace xcairo::python {

namespace py = pybind11;

struct PyVm {
    std::shared_ptr<PyProgram> program;
    std::shared_ptr<Machine> machine;  ///< shared with a host application's VM
    py::object program_input;
    py::object hint_locals;

    /// The machine, for an accessor: RuntimeError while another thread drives it (a hint of its
    /// own run reads it freely). Drivers take the machine's DriveGuard with the GIL held, so a
    /// read under the GIL cannot overlap a run that starts after this check.
    Machine& idle();
};

void define_vm(py::module_& m);

}  // namespace xcairo::python
