#pragma once
// xcairo.VM: a Machine driven from Python; the GIL is released while it runs.
#include <memory>
#include <mutex>
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
    /// Held while the machine runs (the GIL released): other threads may not touch it then.
    std::mutex busy;

    /// The machine, for an accessor: RuntimeError while a run holds it.
    Machine& idle();
};

void define_vm(py::module_& m);

}  // namespace xcairo::python
