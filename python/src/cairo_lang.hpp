#pragma once
// cairo-lang seen from hints: its own classes for what hints get, once a hint has imported them
// (cairo-lang's library checks isinstance(x, RelocatableValue) and isinstance(x, VmConstsReference)).
// Importing them eagerly would cost every run with a Python hint cairo-lang's import time.
#include <pybind11/pybind11.h>

namespace xcairo::python {

namespace py = pybind11;

/// A module of cairo-lang, imported ("starkware.cairo.lang.vm.memory_dict"); null when cairo-lang
/// cannot be imported (ImportError).
py::object import_cairo_lang(const char* module);
/// cairo-lang's RelocatableValue if its module is in sys.modules, else null (a dict lookup).
PyTypeObject* imported_relocatable_value();
/// Registers ids' struct references as VmConstsReference (an ABC) once its module is in sys.modules.
void register_vm_consts_reference(py::handle struct_class);

}  // namespace xcairo::python
