#pragma once
// The objects a Python hint sees: memory, ids, segments, and the scope functions. They reach the
// VM through the HintContext of the hint being run, valid only while it runs.
#include <functional>
#include <memory>
#include <pybind11/pybind11.h>

#include "vmcore/hint_executor.hpp"

namespace xcairo::python {

namespace py = pybind11;

/// The context of the running hint (null between hints), or of a hint a paused VM is about to
/// run (a debugger's view, which owns its context and goes stale when the VM moves on).
struct HintRuntime {
    HintContext* context = nullptr;
    /// Throws when the context may no longer be used (optional).
    std::function<void()> check;
    /// What context points into, when the runtime owns it.
    std::shared_ptr<void> owned;
    HintContext& get() const;
};

/// Runs f, turning a HintError into the Python exception it describes.
template <class F>
auto translating_hint_errors(F&& f) -> decltype(f());

/// Python objects owned from C++ code that may drop them without the GIL, in any thread: deleted
/// with the GIL taken (left alone once the interpreter is gone).
template <class T>
std::shared_ptr<T> gil_owned(T* held) {
    return std::shared_ptr<T>(held, [](T* objects) {
        if (!Py_IsInitialized()) return;
        py::gil_scoped_acquire gil;
        delete objects;
    });
}

/// The Python exception for a HintError (a builtin class, or one named as cairo-lang's).
[[noreturn]] void raise_hint_error(const HintError& error);
/// A Python exception as a HintError: its class as cairo-lang's traceback names it, str() of it,
/// and the exception itself (raise_hint_error raises it again as it is).
HintError hint_error_of(const py::error_already_set& error);
/// cairo-lang's UnknownMemoryError for a cell a hint reads.
[[noreturn]] void raise_unknown_memory(const Relocatable& address);

/// memory, ids and segments for hints run by one executor; memory writes go through the
/// validation rules unless `validated` is false (cairo-lang's MemoryDict under its validated one).
py::object hint_memory(std::shared_ptr<HintRuntime> runtime, bool validated = true);
py::object hint_ids(std::shared_ptr<HintRuntime> runtime);
py::object hint_segments(std::shared_ptr<HintRuntime> runtime);

/// vm_load_program(program, program_base) for hints run by one executor; prime: the run's.
py::object hint_load_program(std::shared_ptr<HintRuntime> runtime, py::object prime);

/// The class of ids' struct references (ids.x of type T or T*).
py::type hint_struct_class();

/// The classes of those objects, in the xcairo module (ids' in hint_ids.cpp).
void define_hint_objects(py::module_& m);
void define_hint_ids(py::module_& m);

template <class F>
auto translating_hint_errors(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const HintError& error) {
        raise_hint_error(error);
    }
}

}  // namespace xcairo::python
