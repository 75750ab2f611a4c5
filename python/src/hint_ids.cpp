// `ids` as a hint sees it (cairo-lang's VmConsts): references, constants and struct names resolved
// by the native resolver (cached per hint), struct references (VmConstsReference) read member by
// member from memory, struct definitions (VmConstsStruct: SIZE and member offsets) and scopes.
#include <pybind11/stl.h>

#include "cairo_lang.hpp"
#include "hint_objects.hpp"
#include "values.hpp"

namespace xcairo::python {
namespace {

constexpr const char* kIdentifierError = "starkware.cairo.lang.compiler.identifier_manager.IdentifierError";

/// ids, or a scope under it (ids.my_namespace): names are looked up under `prefix`.
struct HintIds {
    std::shared_ptr<HintRuntime> runtime;
    std::string prefix;  ///< "" or "scope." (dotted, as the native resolver takes it)
};
/// A struct reference (ids.x of type T or T*): the struct's address and definition's name.
struct HintStruct {
    std::shared_ptr<HintRuntime> runtime;
    std::string struct_name;  ///< full name
    MaybeRelocatable address;
};
/// A struct definition (ids.MyStruct): SIZE and the members' offsets.
struct HintStructType {
    std::shared_ptr<HintRuntime> runtime;
    std::string struct_name;
};

[[noreturn]] void raise_assertion(const char* message) {
    PyErr_SetString(PyExc_AssertionError, message);
    throw py::error_already_set();
}

// VmConstsBase.__setattr__'s check.
void refuse_none(py::handle value) {
    if (value.is_none()) raise_assertion("Setting a value to None is not allowed.");
}

// A value of type `type` (felt, felt*, T**: the value; T*: a HintStruct at it), as VmConsts gives it.
py::object typed_value(const std::shared_ptr<HintRuntime>& runtime, const CairoType* type,
                       const MaybeRelocatable& value) {
    if (type != nullptr && type->kind == CairoType::Kind::Pointer && type->pointee &&
        type->pointee->kind == CairoType::Kind::Struct) {
        register_vm_consts_reference(hint_struct_class());
        return py::cast(HintStruct{runtime, type->pointee->struct_name, value});
    }
    return hint_value(value);
}

// What ids.<full> names when the native resolver has no value for it: a scope (namespace,
// function, label); nothing otherwise.
py::object scope(const std::shared_ptr<HintRuntime>& runtime, const std::string& full) {
    const HintContext& context = runtime->get();
    const IdentifierTable& identifiers = context.program().identifiers;
    const std::vector<std::string>& scopes = context.hint().accessible_scopes;
    try {
        const IdentifierSearchResult found = identifiers.search(scopes, full);
        const bool is_scope = found.definition->is_label() || found.definition->kind == IdentifierKind::Namespace;
        return is_scope && found.non_parsed.empty() ? py::cast(HintIds{runtime, full + "."}) : py::object();
    } catch (const IdentifierError&) {
    }
    try {
        identifiers.search_scope(scopes, full);
        return py::cast(HintIds{runtime, full + "."});
    } catch (const IdentifierError&) {
        return py::object();
    }
}

// ids.<prefix><name>.
py::object ids_value(const HintIds& ids, const std::string& name) {
    const std::string full = ids.prefix + name;
    try {
        const IdsValue value = ids.runtime->get().ids(full);
        const CairoType* type = value.type.get();
        // A struct's name (VmConstsStruct).
        if (type != nullptr && type->kind == CairoType::Kind::Struct) {
            return py::cast(HintStructType{ids.runtime, type->struct_name});
        }
        return typed_value(ids.runtime, type, value.value);
    } catch (const HintError& error) {
        if (py::object found = scope(ids.runtime, full)) return found;
        raise_hint_error(error);
    }
}

void set_ids(const HintIds& ids, const std::string& name, py::handle value) {
    refuse_none(value);
    const MaybeRelocatable cell = value_from_py(value);
    translating_hint_errors([&] { ids.runtime->get().set_ids(ids.prefix + name, cell); });
}

const Identifier& struct_definition(const std::shared_ptr<HintRuntime>& runtime, const std::string& name) {
    return translating_hint_errors([&]() -> const Identifier& {
        try {
            return runtime->get().program().identifiers.struct_definition(name);
        } catch (const IdentifierError& e) {
            throw HintError(kIdentifierError, e.what());
        }
    });
}

const Member& member_of(const Identifier& definition, const std::string& name) {
    const Member* member = definition.member(name);
    if (member == nullptr) {
        raise_hint_error(HintError(kIdentifierError,
                                   "'" + name + "' is not a member of '" + definition.full_name + "'."));
    }
    return *member;
}

Relocatable struct_address(const HintStruct& s) {
    if (!s.address.is_relocatable()) {
        raise_hint_error(HintError("NotImplementedError", "xcairo: a struct at an integer address (" + s.struct_name + ")"));
    }
    return s.address.relocatable();
}

// VmConstsReference.get_or_set_value: a member read from memory (a struct member: its address).
py::object member_value(const HintStruct& s, const std::string& name) {
    const Member& member = member_of(struct_definition(s.runtime, s.struct_name), name);
    const Relocatable cell = struct_address(s) + member.offset;
    const CairoType* type = member.cairo_type.get();
    if (type != nullptr && (type->kind == CairoType::Kind::Tuple || type->kind == CairoType::Kind::Codeoffset)) {
        raise_assertion("Type must be of the form T*.");
    }
    if (type != nullptr && type->kind == CairoType::Kind::Struct) {
        register_vm_consts_reference(hint_struct_class());
        return py::cast(HintStruct{s.runtime, type->struct_name, MaybeRelocatable(cell)});
    }
    const std::optional<MaybeRelocatable> value = s.runtime->get().get(cell);
    if (!value) raise_unknown_memory(cell);
    return typed_value(s.runtime, type, *value);
}

void set_member(const HintStruct& s, const std::string& name, py::handle value) {
    refuse_none(value);
    const MaybeRelocatable cell = value_from_py(value);
    const Member& member = member_of(struct_definition(s.runtime, s.struct_name), name);
    const Relocatable address = struct_address(s) + member.offset;
    translating_hint_errors([&] { s.runtime->get().set(address, cell); });
}

// ids.x[i]: the i-th struct of the array at ids.x (VmConstsReference.__getitem__).
HintStruct element(const HintStruct& s, int64_t index) {
    const int64_t size = struct_definition(s.runtime, s.struct_name).size;
    const Relocatable base = struct_address(s);
    const int64_t offset = static_cast<int64_t>(base.offset) + index * size;
    if (offset < 0) throw py::value_error("a Relocatable's offset cannot be negative");
    return HintStruct{s.runtime, s.struct_name, MaybeRelocatable(Relocatable{base.segment, static_cast<uint64_t>(offset)})};
}

// Python's AttributeError for dunder lookups (copy, pickle, hasattr(x, "__len__")...).
void refuse_dunder(const char* class_name, const std::string& name) {
    if (name.rfind("__", 0) == 0) {
        throw py::attribute_error("'" + std::string(class_name) + "' object has no attribute '" + name + "'");
    }
}

}  // namespace

py::object hint_ids(std::shared_ptr<HintRuntime> runtime) { return py::cast(HintIds{std::move(runtime), ""}); }

py::type hint_struct_class() { return py::type::of<HintStruct>(); }

void define_hint_ids(py::module_& m) {
    py::class_<HintIds>(m, "_HintIds", "ids: the Cairo references and constants a hint names.")
        .def("__getattr__", [](const HintIds& ids, const std::string& name) {
            refuse_dunder("_HintIds", name);
            return ids_value(ids, name);
        })
        .def("__setattr__", &set_ids);

    py::class_<HintStruct>(m, "_HintStruct", "ids.x of a struct type: its address_ and its members.")
        .def_property_readonly("address_", [](const HintStruct& s) { return hint_value(s.address); })
        .def_property_readonly("type_", [](const HintStruct& s) { return HintStructType{s.runtime, s.struct_name}; })
        .def("__getattr__", [](const HintStruct& s, const std::string& name) {
            refuse_dunder("_HintStruct", name);
            return member_value(s, name);
        })
        .def("__setattr__", &set_member)
        .def("__getitem__", &element);

    py::class_<HintStructType>(m, "_HintStructType", "ids.MyStruct: SIZE and the members' offsets.")
        .def("__getattr__", [](const HintStructType& t, const std::string& name) -> int64_t {
            refuse_dunder("_HintStructType", name);
            const Identifier& definition = struct_definition(t.runtime, t.struct_name);
            if (name == "SIZE") return definition.size;
            return member_of(definition, name).offset;
        })
        .def("__setattr__", [](const HintStructType&, const std::string&, py::handle) {
            raise_assertion("Cannot change the value of a constant.");
        });
}

}  // namespace xcairo::python
