#include "hint_objects.hpp"

#include <pybind11/stl.h>

#include "values.hpp"

namespace xcairo::python {
namespace {

struct HintMemory {
    std::shared_ptr<HintRuntime> runtime;
};
struct HintIds {
    std::shared_ptr<HintRuntime> runtime;
};
/// ids.x for a struct (or a pointer to one): its address and its members by dotted path.
struct HintStruct {
    std::shared_ptr<HintRuntime> runtime;
    std::string path;
    MaybeRelocatable address;
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
    if (!value) {
        raise_hint_error(HintError("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
                                   "Unknown value for memory cell at address " + address.to_string() + "."));
    }
    return value_to_py(*value);
}

// ids.<path>: a felt, felt* or T** gives its value; a struct or T* gives a HintStruct, and so
// does a struct's name (for its SIZE and member offsets).
py::object ids_value(const std::shared_ptr<HintRuntime>& runtime, const std::string& path) {
    const IdsValue value = translating_hint_errors([&] { return runtime->get().ids(path); });
    const CairoType* type = value.type.get();
    if (type != nullptr && type->kind == CairoType::Kind::Struct)
        return py::cast(HintStruct{runtime, path, value.value});
    if (type != nullptr && type->kind == CairoType::Kind::Pointer && type->pointee &&
        type->pointee->kind == CairoType::Kind::Struct) {
        return py::cast(HintStruct{runtime, path, value.value});
    }
    return value_to_py(value.value);
}

void set_ids(const std::shared_ptr<HintRuntime>& runtime, const std::string& path, py::handle value) {
    const MaybeRelocatable cell = value_from_py(value);
    translating_hint_errors([&] { runtime->get().set_ids(path, cell); });
}

// segments.gen_arg: an int (reduced), a Relocatable, or an iterable written to a new segment.
MaybeRelocatable gen_arg(HintContext& context, py::handle arg);

Relocatable write_arg(HintContext& context, const Relocatable& ptr, py::handle arg) {
    std::vector<MaybeRelocatable> data;
    for (py::handle item : py::iter(arg)) data.push_back(gen_arg(context, item));
    return translating_hint_errors([&] { return context.load_data(ptr, data); });
}

MaybeRelocatable gen_arg(HintContext& context, py::handle arg) {
    if (py::isinstance<Relocatable>(arg) || PyLong_Check(arg.ptr())) return value_from_py(arg);
    if (py::hasattr(arg, "__iter__")) {
        const Relocatable base = context.add_segment();
        write_arg(context, base, arg);
        return MaybeRelocatable(base);
    }
    throw py::type_error("segments.gen_arg: expected an int, a Relocatable or an iterable");
}

}  // namespace

HintContext& HintRuntime::get() const {
    if (context == nullptr) throw std::runtime_error("xcairo: hint objects work only while their hint runs");
    return *context;
}

void raise_hint_error(const HintError& error) {
    PyErr_SetObject(exception_class(error.python_class()).ptr(), py::str(error.message()).ptr());
    throw py::error_already_set();
}

py::object hint_memory(std::shared_ptr<HintRuntime> runtime) { return py::cast(HintMemory{std::move(runtime)}); }
py::object hint_ids(std::shared_ptr<HintRuntime> runtime) { return py::cast(HintIds{std::move(runtime)}); }
py::object hint_segments(std::shared_ptr<HintRuntime> runtime) { return py::cast(HintSegments{std::move(runtime)}); }

void define_hint_objects(py::module_& m) {
    py::class_<HintMemory>(m, "_HintMemory", "memory, as a hint sees it (cairo-lang's validated memory).")
        .def("__getitem__", [](const HintMemory& memory, py::handle key) {
            return memory_value(memory, address_from_py(key));
        })
        .def("get", [](const HintMemory& memory, py::handle key, py::object fallback) {
            const std::optional<MaybeRelocatable> value = memory.runtime->get().get(address_from_py(key));
            return value ? value_to_py(*value) : fallback;
        }, py::arg("address"), py::arg("default") = py::none())
        .def("get_range", [](const HintMemory& memory, py::handle key, int64_t size) {
            const Relocatable address = address_from_py(key);
            py::list values;
            for (int64_t i = 0; i < size; ++i) values.append(memory_value(memory, address + i));
            return values;
        }, py::arg("addr"), py::arg("size"))
        .def("__contains__", [](const HintMemory& memory, py::handle key) {
            return py::isinstance<Relocatable>(key) && memory.runtime->get().get(key.cast<Relocatable>()).has_value();
        })
        .def("__setitem__", [](const HintMemory& memory, py::handle key, py::handle value) {
            const Relocatable address = address_from_py(key);
            const MaybeRelocatable cell = value_from_py(value);
            translating_hint_errors([&] { memory.runtime->get().set(address, cell); });
        });

    py::class_<HintIds>(m, "_HintIds", "ids: the Cairo references and constants a hint names.")
        .def("__getattr__", [](const HintIds& ids, const std::string& name) { return ids_value(ids.runtime, name); })
        .def("__setattr__", [](const HintIds& ids, const std::string& name, py::handle value) {
            set_ids(ids.runtime, name, value);
        });

    py::class_<HintStruct>(m, "_HintStruct", "ids.x of a struct type: its address_ and its members.")
        .def("__getattr__", [](const HintStruct& s, const std::string& name) {
            if (name == "address_") return value_to_py(s.address);
            return ids_value(s.runtime, s.path + "." + name);
        })
        .def("__setattr__", [](const HintStruct& s, const std::string& name, py::handle value) {
            set_ids(s.runtime, s.path + "." + name, value);
        })
        .def("__getitem__", [](const HintStruct& s, py::handle) -> py::object {
            throw py::type_error("xcairo: indexing ids." + s.path + " (ids.x[i]) is not supported yet");
        });

    py::class_<HintSegments>(m, "_HintSegments", "segments: cairo-lang's MemorySegmentManager for hints.")
        .def_property_readonly("memory", [](const HintSegments& s) { return HintMemory{s.runtime}; })
        .def("add", [](const HintSegments& s) { return s.runtime->get().add_segment(); })
        .def("add_temp_segment", [](const HintSegments& s) { return s.runtime->get().add_temp_segment(); })
        .def("load_data", [](const HintSegments& s, const Relocatable& ptr, py::iterable data) {
            std::vector<MaybeRelocatable> values;
            for (py::handle item : data) values.push_back(value_from_py(item));
            return translating_hint_errors([&] { return s.runtime->get().load_data(ptr, values); });
        }, py::arg("ptr"), py::arg("data"))
        .def("write_arg", [](const HintSegments& s, const Relocatable& ptr, py::handle arg) {
            return write_arg(s.runtime->get(), ptr, arg);
        }, py::arg("ptr"), py::arg("arg"))
        .def("gen_arg", [](const HintSegments& s, py::handle arg) {
            return value_to_py(gen_arg(s.runtime->get(), arg));
        }, py::arg("arg"));
}

}  // namespace xcairo::python
