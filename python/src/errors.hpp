#pragma once
// xcairo's errors as Python exceptions: xcairo.Error, LoadError, and the VmError family.
#include <exception>
#include <pybind11/pybind11.h>

namespace xcairo {
class Machine;
}

namespace xcairo::python {

namespace py = pybind11;

/// Creates the exception classes in m.
void define_errors(py::module_& m);
/// Raises the Python exception for a C++ error (the failing machine, if any, gives the VmError
/// its location); throws py::error_already_set.
[[noreturn]] void raise_error(const std::exception_ptr& error, const Machine* machine = nullptr);
/// Runs f, turning xcairo's C++ errors into Python exceptions.
template <class F>
auto translating_errors(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const py::error_already_set&) {
        throw;
    } catch (const py::builtin_exception&) {
        throw;
    } catch (...) {
        raise_error(std::current_exception());
    }
}

}  // namespace xcairo::python
