#include "scope_bridge.hpp"

#include "values.hpp"

namespace xcairo::python {
namespace {

// The key of a scope's Python dict among the execution scope's variables.
constexpr const char* kScopeKey = "__xcairo_python_scope__";

// Deeper nesting than any library hint's variable: a self-containing list stops here.
constexpr int kMaxDepth = 64;

[[noreturn]] void unreadable(const std::string& name, const std::string& found, int64_t line) {
    throw HintError("TypeError",
                    "xcairo: the scope variable '" + name + "' set by a Python hint holds " + found +
                        "; native hints read only None, ints, Relocatables, and lists, tuples and "
                        "dicts of them.",
                    line);
}

ScopeValue to_scope_value(py::handle object, const std::string& name, int64_t line, int depth) {
    using Kind = ScopeValue::Kind;
    ScopeValue value;
    if (depth > kMaxDepth) unreadable(name, "values nested too deep", line);
    if (object.is_none()) return value;
    if (PyLong_Check(object.ptr())) {
        const Felt felt = int_to_felt(object);
        value.kind = Kind::value;
        value.value = felt;
        value.reduced = !felt_to_int(felt).equal(object);
    } else if (const std::optional<Relocatable> address = as_address(object)) {
        value.kind = Kind::value;
        value.value = *address;
    } else if (PyList_Check(object.ptr()) || PyTuple_Check(object.ptr())) {
        value.kind = PyList_Check(object.ptr()) ? Kind::list : Kind::tuple;
        for (py::handle item : object) value.items.push_back(to_scope_value(item, name, line, depth + 1));
    } else if (PyDict_Check(object.ptr())) {
        value.kind = Kind::dict;
        for (auto [key, item] : py::reinterpret_borrow<py::dict>(object)) {
            value.items.push_back(to_scope_value(key, name, line, depth + 1));
            value.items.push_back(to_scope_value(item, name, line, depth + 1));
        }
    } else {
        const std::string type = py::str(py::type::of(object).attr("__name__"));
        unreadable(name, "an object of type " + type, line);
    }
    return value;
}

}  // namespace

PyObject* python_scope(ExecScopes& scopes) {
    auto it = scopes.current().find(kScopeKey);
    if (it == scopes.current().end()) return nullptr;
    auto* held = std::any_cast<std::shared_ptr<GilObject>>(&it->second);
    return held ? (*held)->object.ptr() : nullptr;
}

void set_python_scope(ExecScopes& scopes, py::dict globals) {
    // As exec() does: code run in these globals (and imports made from C++ while it runs, which
    // look up the running frame's __builtins__) finds the builtins there.
    if (!globals.contains("__builtins__"))
        globals["__builtins__"] = py::reinterpret_borrow<py::object>(PyEval_GetBuiltins());
    scopes.set(kScopeKey, std::make_shared<GilObject>(std::move(globals)));
}

const void* PythonScopeBridge::identity(ExecScopes& scopes, const std::string& name) {
    PyObject* globals = python_scope(scopes);
    if (globals == nullptr) return nullptr;
    py::gil_scoped_acquire gil;
    return PyDict_GetItemString(globals, name.c_str());
}

std::optional<ForeignVariable> PythonScopeBridge::read(ExecScopes& scopes, const std::string& name,
                                                       int64_t line) {
    PyObject* globals = python_scope(scopes);
    if (globals == nullptr) return std::nullopt;
    py::gil_scoped_acquire gil;
    PyObject* object = PyDict_GetItemString(globals, name.c_str());
    if (object == nullptr) return std::nullopt;
    ForeignVariable variable;
    variable.value = to_scope_value(object, name, line, 0);
    variable.identity = object;
    variable.keep = std::make_shared<GilObject>(py::reinterpret_borrow<py::object>(object));
    return variable;
}

void PythonScopeBridge::erase(ExecScopes& scopes, const std::string& name) {
    PyObject* globals = python_scope(scopes);
    if (globals == nullptr) return;
    py::gil_scoped_acquire gil;
    if (PyDict_DelItemString(globals, name.c_str()) != 0) PyErr_Clear();
}

}  // namespace xcairo::python
