#pragma once
// The builtin runners a Python hint sees (cairo-lang's `<name>_builtin` exec_locals).
#include <memory>
#include <pybind11/pybind11.h>

#include "hint_objects.hpp"

namespace xcairo::python {

/// {"<name>_builtin": runner object} for the program's builtins that run (add_mod and mul_mod:
/// cairo-lang's runners, importing cairo-lang, when it can be imported).
py::dict hint_builtins(const std::shared_ptr<HintRuntime>& runtime, const HintContext& context);

/// The runner objects' class, in the xcairo module.
void define_builtin_objects(py::module_& m);

}  // namespace xcairo::python
