// cairo-lang for hints: the reference's site-packages on sys.path, cairo-lang's own classes.
#include "cairo_lang.hpp"

#include <filesystem>

#include "xcairo_python/python_hints.hpp"

namespace xcairo::python {

bool add_reference_cairo_lang(bool first) {
#ifdef XCAIRO_REFERENCE_SITE_PACKAGES
    const std::string directory = XCAIRO_REFERENCE_SITE_PACKAGES;
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) return false;
    py::list path = py::module_::import("sys").attr("path");
    const py::str entry(directory);
    if (path.contains(entry)) {
        if (!first) return true;
        path.attr("remove")(entry);
    }
    if (first) {
        path.insert(0, entry);
    } else {
        path.append(entry);
    }
    return true;
#else
    (void)first;
    return false;
#endif
}

namespace {

// sys.modules[module].attr, or null while the module is not imported.
py::object imported(const py::str& module_name, const char* attr) {
    PyObject* module = PyDict_GetItem(PyImport_GetModuleDict(), module_name.ptr());  // borrowed
    if (module == nullptr || !PyObject_HasAttrString(module, attr)) return py::object();
    return py::reinterpret_borrow<py::object>(module).attr(attr);
}

}  // namespace

py::object import_cairo_lang(const char* module) {
    try {
        return py::module_::import(module);
    } catch (py::error_already_set& error) {
        if (!error.matches(PyExc_ImportError)) throw;
        return py::object();
    }
}

PyTypeObject* imported_relocatable_value() {
    // Looked up before each hint until found: the key made once (kept for the process).
    static const py::str* module = new py::str("starkware.cairo.lang.vm.relocatable");
    const py::object cls = imported(*module, "RelocatableValue");
    return cls && PyType_Check(cls.ptr()) ? reinterpret_cast<PyTypeObject*>(cls.ptr()) : nullptr;
}

void register_vm_consts_reference(py::handle struct_class) {
    static bool registered = false;
    if (registered) return;
    const py::object reference = imported(py::str("starkware.cairo.lang.vm.vm_consts"), "VmConstsReference");
    if (!reference) return;
    reference.attr("register")(struct_class);
    registered = true;
}

}  // namespace xcairo::python
