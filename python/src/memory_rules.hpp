#pragma once
// vm_add_auto_deduction_rule and vm_add_validation_rule for Python hints: the rules are Python
// callables that the VM calls (the GIL re-taken) on its cold paths.
#include <memory>
#include <pybind11/pybind11.h>

#include "hint_objects.hpp"

namespace xcairo::python {

/// The two hint functions, for hints run by one executor (whose memory object the rules get).
py::dict memory_rule_functions(std::shared_ptr<HintRuntime> runtime, py::object memory,
                               py::object prime);

/// The class of the `vm` object deduction rules get.
void define_memory_rules(py::module_& m);

}  // namespace xcairo::python
