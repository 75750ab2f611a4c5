#include "xcairo_python/module.hpp"

#include "builtin_objects.hpp"
#include "debug_bindings.hpp"
#include "errors.hpp"
#include "hint_objects.hpp"
#include "memory_rules.hpp"
#include "program.hpp"
#include "values.hpp"
#include "vm.hpp"

namespace xcairo::python {

void define_module(pybind11::module_& m) {
    m.doc() = "xcairo: a native Cairo 0 VM, exact against cairo-run (cairo-lang 0.14.0.1).";
    define_errors(m);
    define_values(m);
    define_program(m);
    define_vm(m);
    define_vm_host(m);
    define_pending_hint(m);
    define_hint_objects(m);
    define_memory_rules(m);
    define_hint_ids(m);
    define_builtin_objects(m);
}

}  // namespace xcairo::python
