// memory, segments and exceptions as hints see them.
#include "hint_objects.hpp"

#include <pybind11/stl.h>

#include "cairo_lang.hpp"
#include "values.hpp"

namespace xcairo::python {
namespace {

struct HintMemory {
    std::shared_ptr<HintRuntime> runtime;
    bool validated = true;  ///< false: cairo-lang's MemoryDict itself (no validation rules)
};
struct HintSegments {
    std::shared_ptr<HintRuntime> runtime;
};

// Exception classes named as cairo-lang's ("starkware....UnknownMemoryError"), made once.
py::object exception_class(const std::string& qualified) {
    static py::dict* made = new py::dict();
    const size_t dot = qualified.rfind('.');
    if (dot == std::string::npos) {
        py::object builtins = py::module_::import("builtins");
        if (py::hasattr(builtins, qualified.c_str())) return builtins.attr(qualified.c_str());
    }
    if (!made->contains(qualified)) {
        py::dict namespace_;
        namespace_["__module__"] = dot == std::string::npos ? std::string("builtins") : qualified.substr(0, dot);
        (*made)[py::str(qualified)] = py::type::of(py::reinterpret_borrow<py::object>(PyExc_Exception))(
            qualified.substr(dot + 1), py::make_tuple(py::reinterpret_borrow<py::object>(PyExc_Exception)), namespace_);
    }
    return (*made)[py::str(qualified)];
}

// memory[address]; UnknownMemoryError as cairo-lang's MemoryDict for an unknown cell.
py::object memory_value(const HintMemory& memory, const Relocatable& address) {
    const std::optional<MaybeRelocatable> value = memory.runtime->get().get(address);
    if (!value) raise_unknown_memory(address);
    return hint_value(*value);
}

// Raises cairo-lang's own InconsistentMemoryError for writing `value` over `current`, from its
// MemoryDict (through its ValidatedMemoryDict for the validated memory), so that the traceback has
// their frames as cairo-run's has (xcairo's memory, in C++, adds none). Returns when cairo-lang
// cannot be imported.
void raise_inconsistent_write(bool validated, const Relocatable& address,
                              const MaybeRelocatable& current, py::handle value) {
    const py::object memory_dict = import_cairo_lang("starkware.cairo.lang.vm.memory_dict");
    if (!memory_dict) return;
    const py::object addr = hint_address(address);  // RelocatableValue: cairo-lang is imported
    py::dict cells;
    cells[addr] = hint_value(current);
    py::object memory = memory_dict.attr("MemoryDict")(cells);
    if (validated) {
        const py::object prime = felt_to_int(Felt::from_i64(-1)) + py::int_(1);
        memory = py::module_::import("starkware.cairo.lang.vm.validated_memory_dict")
                     .attr("ValidatedMemoryDict")(memory, prime);
    }
    // The hint's int as given (the validated memory reduces it), an address as cairo-lang's.
    const py::object stored = PyLong_Check(value.ptr()) ? py::reinterpret_borrow<py::object>(value)
                                                        : hint_value(value_from_py(value));
    if (PyObject_SetItem(memory.ptr(), addr.ptr(), stored.ptr()) != 0) throw py::error_already_set();
}

// memory[address] = value.
void set_memory(const HintMemory& memory, py::handle key, py::handle value) {
    const Relocatable address = address_from_py(key);
    const MaybeRelocatable cell = value_from_py(value);
    HintContext& context = memory.runtime->get();
    try {
        memory.validated ? context.set(address, cell) : context.set_unvalidated(address, cell);
    } catch (const HintError& error) {
        const std::optional<MaybeRelocatable> current = context.get(address);
        if (error.python_class() == "starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError" &&
            current) {
            raise_inconsistent_write(memory.validated, address, *current, value);
        }
        raise_hint_error(error);
    }
}

// segments.gen_arg: an int (reduced), a Relocatable, or an iterable written to a new segment.
MaybeRelocatable gen_arg(HintContext& context, py::handle arg);

Relocatable write_arg(HintContext& context, const Relocatable& ptr, py::handle arg) {
    std::vector<MaybeRelocatable> data;
    for (py::handle item : py::iter(arg)) data.push_back(gen_arg(context, item));
    return translating_hint_errors([&] { return context.load_data(ptr, data); });
}

MaybeRelocatable gen_arg(HintContext& context, py::handle arg) {
    if (PyLong_Check(arg.ptr())) return value_from_py(arg);
    if (std::optional<Relocatable> address = as_address(arg)) return MaybeRelocatable(*address);
    if (py::hasattr(arg, "__iter__")) {
        const Relocatable base = context.add_segment();
        write_arg(context, base, arg);
        return MaybeRelocatable(base);
    }
    throw py::type_error("segments.gen_arg: expected an int, a Relocatable or an iterable");
}

}  // namespace

HintContext& HintRuntime::get() const {
    if (check) check();
    if (context == nullptr) throw std::runtime_error("xcairo: hint objects work only while their hint runs");
    return *context;
}

void raise_unknown_memory(const Relocatable& address) {
    raise_hint_error(HintError("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
                               "Unknown value for memory cell at address " + address.to_string() + "."));
}

HintError hint_error_of(const py::error_already_set& error) {
    py::object type = error.type(), value = error.value();
    const std::string module = py::str(type.attr("__module__"));
    const std::string name = py::str(type.attr("__qualname__"));
    HintError hint_error(module == "builtins" || module == "__main__" ? name : module + "." + name,
                         py::str(value));
    if (error.trace() && PyException_SetTraceback(value.ptr(), error.trace().ptr()) != 0) PyErr_Clear();
    // The exception outlives the GIL's holder: its last reference is dropped with the GIL.
    hint_error.cause = gil_owned(new py::object(value));
    return hint_error;
}

void raise_hint_error(const HintError& error) {
    if (error.cause) {
        const py::object& value = *static_cast<const py::object*>(error.cause.get());
        PyErr_Restore(py::type::of(value).inc_ref().ptr(), value.inc_ref().ptr(),
                      PyException_GetTraceback(value.ptr()));
        throw py::error_already_set();
    }
    PyErr_SetObject(exception_class(error.python_class()).ptr(), py::str(error.message()).ptr());
    throw py::error_already_set();
}

py::object hint_memory(std::shared_ptr<HintRuntime> runtime, bool validated) {
    return py::cast(HintMemory{std::move(runtime), validated});
}
py::object hint_segments(std::shared_ptr<HintRuntime> runtime) { return py::cast(HintSegments{std::move(runtime)}); }

void define_hint_objects(py::module_& m) {
    py::class_<HintMemory>(m, "_HintMemory",
                           "memory, as a hint sees it (cairo-lang's validated memory; segments.memory "
                           "and a validation rule's memory write past the validation rules).")
        .def("__getitem__", [](const HintMemory& memory, py::handle key) {
            return memory_value(memory, address_from_py(key));
        })
        .def("get", [](const HintMemory& memory, py::handle key, py::object fallback) {
            const std::optional<MaybeRelocatable> value = memory.runtime->get().get(address_from_py(key));
            return value ? hint_value(*value) : fallback;
        }, py::arg("address"), py::arg("default") = py::none())
        .def("get_range", [](const HintMemory& memory, py::handle key, int64_t size) {
            const Relocatable address = address_from_py(key);
            py::list values;
            for (int64_t i = 0; i < size; ++i) values.append(memory_value(memory, address + i));
            return values;
        }, py::arg("addr"), py::arg("size"))
        .def("__contains__", [](const HintMemory& memory, py::handle key) {
            const std::optional<Relocatable> address = as_address(key);
            return address && memory.runtime->get().get(*address).has_value();
        })
        .def("__setitem__", &set_memory)
        .def("add_relocation_rule", [](const HintMemory& memory, py::handle src_ptr, py::handle dest_ptr) {
            const MaybeRelocatable src = value_from_py(src_ptr);
            const MaybeRelocatable dest = value_from_py(dest_ptr);
            translating_hint_errors([&] { memory.runtime->get().add_relocation_rule(src, dest, 0); });
        }, py::arg("src_ptr"), py::arg("dest_ptr"));

    py::class_<HintSegments>(m, "_HintSegments", "segments: cairo-lang's MemorySegmentManager for hints.")
        .def_property_readonly("memory", [](const HintSegments& s) { return HintMemory{s.runtime, false}; })
        .def("add", [](const HintSegments& s) { return hint_address(s.runtime->get().add_segment()); })
        .def("add_temp_segment", [](const HintSegments& s) { return hint_address(s.runtime->get().add_temp_segment()); })
        .def("load_data", [](const HintSegments& s, py::handle ptr, py::iterable data) {
            std::vector<MaybeRelocatable> values;
            for (py::handle item : data) values.push_back(value_from_py(item));
            const Relocatable base = address_from_py(ptr);
            return hint_address(translating_hint_errors([&] { return s.runtime->get().load_data(base, values); }));
        }, py::arg("ptr"), py::arg("data"))
        .def("write_arg", [](const HintSegments& s, py::handle ptr, py::handle arg) {
            return hint_address(write_arg(s.runtime->get(), address_from_py(ptr), arg));
        }, py::arg("ptr"), py::arg("arg"))
        .def("gen_arg", [](const HintSegments& s, py::handle arg) {
            return hint_value(gen_arg(s.runtime->get(), arg));
        }, py::arg("arg"));
}

}  // namespace xcairo::python
