#include "errors.hpp"

#include <pybind11/eval.h>

#include "vmcore/machine.hpp"

namespace xcairo::python {
namespace {

// The classes; VmError's constructor keeps the structured fields as attributes.
constexpr const char* kErrorClasses = R"(
class Error(Exception):
    """Base of the errors xcairo raises."""


class LoadError(Error):
    """A compiled program that cannot be loaded."""


class VmError(Error):
    """A run that failed; str() is the text cairo-run prints for it.

    pc: the failing pc (a Relocatable, or None); message: the error alone, without location or
    traceback; location: "file:line:col" of the instruction at pc (None without debug info);
    traceback: the Cairo traceback text (None when there is none).
    """

    def __init__(self, text, pc=None, message=None, location=None, traceback=None):
        super().__init__(text)
        self.pc = pc
        self.message = message if message is not None else text
        self.location = location
        self.traceback = traceback


class VmException(VmError):
    """A failing instruction or hint (cairo-lang's VmException)."""


class RunAssertionError(VmError):
    """A failed check of the run (cairo-run prints it after "Error: ")."""


class UncaughtError(VmError):
    """A failure cairo-run does not catch; python_type names cairo-lang's exception class."""

    def __init__(self, text, python_type=None, **kwargs):  # a default: unpickling passes text only
        super().__init__(text, **kwargs)
        self.python_type = python_type
)";

// The classes, by name (kept for the life of the process: never released at exit).
py::dict& classes() {
    static py::dict* dict = new py::dict();
    return *dict;
}

py::object cls(const char* name) { return classes()[name]; }

// "file:line:col" of the instruction at the machine's pc.
py::object location_of(const Machine& machine) {
    const InstructionLocation* location = machine.runner().location_at(machine.pc()).second;
    if (location == nullptr || !location->inst.filename) return py::none();
    return py::str(*location->inst.filename + ":" + std::to_string(location->inst.start_line) + ":" +
                   std::to_string(location->inst.start_col));
}

py::object traceback_of(const std::string& text) {
    const size_t at = text.find("Cairo traceback (most recent call last):\n");
    if (at == std::string::npos) return py::none();
    return py::str(text.substr(at));
}

[[noreturn]] void raise(const py::object& exception) {
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exception.ptr())), exception.ptr());
    throw py::error_already_set();
}

}  // namespace

void define_errors(py::module_& m) {
    py::dict scope;
    scope["__name__"] = m.attr("__name__");
    py::exec(kErrorClasses, scope);
    for (const char* name : {"Error", "LoadError", "VmError", "VmException", "RunAssertionError", "UncaughtError"}) {
        m.attr(name) = scope[name];
        classes()[name] = scope[name];
    }
}

void raise_error(const std::exception_ptr& error, const Machine* machine) {
    py::object pc = py::none(), location = py::none();
    if (machine != nullptr) {
        pc = py::cast(machine->pc());
        location = location_of(*machine);
    }
    try {
        std::rethrow_exception(error);
    } catch (const VmError& e) {
        raise(cls("VmException")(error_report(e), py::arg("pc") = pc, py::arg("message") = e.inner(),
                                 py::arg("location") = location, py::arg("traceback") = traceback_of(e.what())));
    } catch (const AssertionFailure& e) {
        raise(cls("RunAssertionError")(error_report(e), py::arg("pc") = pc, py::arg("message") = e.what(),
                                       py::arg("location") = location));
    } catch (const UncaughtError& e) {
        raise(cls("UncaughtError")(error_report(e), e.python_type(), py::arg("pc") = pc,
                                   py::arg("message") = e.what(), py::arg("location") = location));
    } catch (const LoadError& e) {
        raise(cls("LoadError")(e.what()));
    } catch (const Error& e) {
        raise(cls("Error")(e.what()));
    }
    __builtin_unreachable();  // other exceptions propagate for pybind11 to translate
}

}  // namespace xcairo::python
