#pragma once
// Python hints' variables in the execution scopes: each scope's Python dict, kept among the
// scope's variables, and the bridge through which native hints read what Python hints set.
#include <memory>
#include <pybind11/pybind11.h>

#include "vmcore/hint_executor.hpp"

namespace xcairo::python {

namespace py = pybind11;

/// A Python object kept in C++ state that may be dropped without the GIL (scopes, executors).
struct GilObject {
    py::object object;
    explicit GilObject(py::object o) : object(std::move(o)) {}
    ~GilObject() {
        py::gil_scoped_acquire gil;
        object = py::object();
    }
};

/// The current scope's Python dict (borrowed), nullptr when no Python hint has used that scope.
PyObject* python_scope(ExecScopes& scopes);
/// Makes `globals` the current scope's Python dict (with `__builtins__`, as exec() adds it).
void set_python_scope(ExecScopes& scopes, py::dict globals);

/// Native hints' view of the Python dicts: a variable converted to a ScopeValue (ints,
/// Relocatables, None, lists, tuples, dicts), copied again when the name is rebound.
class PythonScopeBridge final : public ScopeBridge {
  public:
    const void* identity(ExecScopes& scopes, const std::string& name) override;
    std::optional<ForeignVariable> read(ExecScopes& scopes, const std::string& name,
                                        int64_t line) override;
    void erase(ExecScopes& scopes, const std::string& name) override;
};

}  // namespace xcairo::python
