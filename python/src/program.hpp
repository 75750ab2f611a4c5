#pragma once
// xcairo.Program: a compiled program, loaded once and shared by the VMs that run it.
#include <memory>
#include <pybind11/pybind11.h>
#include <string>

#include "vmcore/program.hpp"

namespace xcairo::python {

namespace py = pybind11;

/// The program and the JSON it was parsed from (kept for pickling).
struct PyProgram {
    std::shared_ptr<const Program> program;
    std::string json;
    std::string path;  ///< the file it was loaded from ("" for from_json)
};

void define_program(py::module_& m);

}  // namespace xcairo::python
