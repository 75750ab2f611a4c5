#pragma once
// The bindings of the `xcairo` Python module, for the extension module and for embedders (the
// kernel registers them as an embedded module with PYBIND11_EMBEDDED_MODULE).
#include <pybind11/pybind11.h>

namespace xcairo::python {

/// Adds every class, function and exception of `xcairo` to m.
void define_module(pybind11::module_& m);

}  // namespace xcairo::python
