#include "values.hpp"

#include <array>

#include "cairo_lang.hpp"

namespace xcairo::python {
namespace {

py::int_ prime() {
    static const Felt::Limbs p = Felt::modulus();
    std::array<uint8_t, 32> bytes{};
    for (size_t i = 0; i < 32; ++i) bytes[i] = static_cast<uint8_t>(p[i / 8] >> (8 * (i % 8)));
    return py::reinterpret_steal<py::int_>(_PyLong_FromByteArray(bytes.data(), bytes.size(), 1, 0));
}

// An offset that stays a valid Relocatable offset (non-negative, below 2^63).
uint64_t checked_offset(const py::int_& offset) {
    const long long value = offset.cast<long long>();
    if (value < 0) throw py::value_error("a Relocatable's offset cannot be negative");
    return static_cast<uint64_t>(value);
}

Relocatable add(const Relocatable& a, const py::int_& delta) {
    return {a.segment, checked_offset(py::int_(py::int_(a.offset) + delta))};
}

// cairo-lang's RelocatableValue asserts where two addresses do not combine.
[[noreturn]] void assertion_error(const std::string& message) {
    PyErr_SetString(PyExc_AssertionError, message.c_str());
    throw py::error_already_set();
}

// cairo-lang's order: integers below every address, addresses by (segment, offset).
py::object less(const Relocatable& a, py::handle b) {
    if (PyLong_Check(b.ptr())) return py::bool_(false);
    const std::optional<Relocatable> other = as_address(b);
    if (!other) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
    return py::bool_(a < *other);
}

bool equal(const Relocatable& a, py::handle b) {
    const std::optional<Relocatable> other = as_address(b);
    return other && a == *other;
}

// a <= b as cairo-lang derives it: a < b or a == b.
py::object less_equal(const Relocatable& a, py::handle b) {
    py::object lt = less(a, b);
    if (lt.is(py::reinterpret_borrow<py::object>(Py_NotImplemented))) return lt;
    return py::bool_(lt.cast<bool>() || equal(a, b));
}

py::object negated(py::object result) {
    if (result.is(py::reinterpret_borrow<py::object>(Py_NotImplemented))) return result;
    return py::bool_(!result.cast<bool>());
}

// cairo-lang's RelocatableValue once imported (null before: hints get xcairo.Relocatable).
PyTypeObject* g_hint_address_class = nullptr;

}  // namespace

py::int_ felt_to_int(const Felt& value) {
    const std::array<uint8_t, 32> bytes = value.to_bytes_le();
    return py::reinterpret_steal<py::int_>(_PyLong_FromByteArray(bytes.data(), bytes.size(), 1, 0));
}

py::int_ felt_to_signed_int(const Felt& value) {
    static const py::int_ p = prime();
    py::int_ v = felt_to_int(value);
    if (v > py::int_(p.attr("__floordiv__")(2))) v = py::int_(v - p);
    return v;
}

Felt int_to_felt(py::handle value) {
    if (!PyLong_Check(value.ptr())) {
        throw py::type_error("expected an int, got " + std::string(py::str(py::type::of(value).attr("__name__"))));
    }
    static const py::int_ p = prime();
    const py::object reduced = value.attr("__mod__")(p);
    std::array<uint8_t, 32> bytes{};
    if (_PyLong_AsByteArray(reinterpret_cast<PyLongObject*>(reduced.ptr()), bytes.data(), bytes.size(), 1, 0) != 0) {
        throw py::error_already_set();
    }
    return *Felt::from_bytes_le(bytes);
}

py::object address_to_py(const Relocatable& address) {
    if (address.is_integer()) {
        return felt_to_int(Felt::from_i64(static_cast<int64_t>(address.offset)));
    }
    return py::cast(address);
}

py::object value_to_py(const MaybeRelocatable& value) {
    return value.is_relocatable() ? address_to_py(value.relocatable()) : felt_to_int(value.felt());
}

std::optional<Relocatable> as_address(py::handle value) {
    if (py::isinstance<Relocatable>(value)) return value.cast<Relocatable>();
    if (PyLong_Check(value.ptr()) || !py::hasattr(value, "segment_index") || !py::hasattr(value, "offset")) {
        return std::nullopt;
    }
    const py::object segment = value.attr("segment_index"), offset = value.attr("offset");
    if (!PyLong_Check(segment.ptr()) || !PyLong_Check(offset.ptr())) return std::nullopt;
    return Relocatable{segment.cast<int64_t>(), checked_offset(py::reinterpret_borrow<py::int_>(offset))};
}

MaybeRelocatable value_from_py(py::handle value) {
    if (std::optional<Relocatable> address = as_address(value)) return MaybeRelocatable(*address);
    return MaybeRelocatable(int_to_felt(value));
}

Relocatable address_from_py(py::handle value) {
    std::optional<Relocatable> address = as_address(value);
    if (!address) {
        throw py::type_error("expected a Relocatable address, got " +
                             std::string(py::str(py::type::of(value).attr("__name__"))));
    }
    return *address;
}

py::object hint_address(const Relocatable& address) {
    if (g_hint_address_class == nullptr) {
        g_hint_address_class = imported_relocatable_value();
        if (g_hint_address_class != nullptr) Py_INCREF(g_hint_address_class);  // kept for the process
    }
    if (g_hint_address_class == nullptr || address.is_integer()) return address_to_py(address);
    // RelocatableValue(segment_index, offset) without its dataclass __init__ (a hint's ap, fp and
    // pc are made for every hint): object.__setattr__ as the frozen dataclass's own __init__ does.
    static const py::str segment_name("segment_index"), offset_name("offset");
    auto made = py::reinterpret_steal<py::object>(g_hint_address_class->tp_alloc(g_hint_address_class, 0));
    if (!made) throw py::error_already_set();
    if (PyObject_GenericSetAttr(made.ptr(), segment_name.ptr(), py::int_(address.segment).ptr()) != 0 ||
        PyObject_GenericSetAttr(made.ptr(), offset_name.ptr(), py::int_(address.offset).ptr()) != 0) {
        throw py::error_already_set();
    }
    return made;
}

py::object hint_value(const MaybeRelocatable& value) {
    return value.is_relocatable() ? hint_address(value.relocatable()) : felt_to_int(value.felt());
}


void define_values(py::module_& m) {
    m.attr("PRIME") = prime();
    py::class_<Relocatable>(m, "Relocatable", "An address: a segment index and an offset in it.")
        .def(py::init([](int64_t segment, const py::int_& offset) {
                 return Relocatable{segment, checked_offset(offset)};
             }),
             py::arg("segment_index"), py::arg("offset"))
        .def_readonly("segment_index", &Relocatable::segment)
        .def_readonly("offset", &Relocatable::offset)
        .def("__add__", &add)
        .def("__add__",
             [](const Relocatable& a, const Relocatable& b) -> Relocatable {
                 assertion_error("Cannot add two relocatable values: " + a.to_string() + " + " +
                                 b.to_string() + ".");
             })
        .def("__radd__", &add)
        .def("__sub__", [](const Relocatable& a, const py::int_& delta) { return add(a, py::int_(-delta)); })
        .def("__sub__",
             [](const Relocatable& a, const Relocatable& b) {
                 if (a.segment != b.segment) {
                     assertion_error("Can only subtract two relocatable values of the same segment (" +
                                     std::to_string(a.segment) + " != " + std::to_string(b.segment) + ").");
                 }
                 return py::int_(py::int_(a.offset) - py::int_(b.offset));
             })
        .def("__mod__",
             [](const Relocatable& a, const py::int_& m) {
                 return Relocatable{a.segment, checked_offset(py::int_(py::int_(a.offset).attr("__mod__")(m)))};
             })
        // Equal to cairo-lang's RelocatableValue of the same address (hints may hold both).
        .def("__eq__", &equal)
        .def("__lt__", &less)
        .def("__le__", &less_equal)
        .def("__gt__", [](const Relocatable& a, py::handle b) { return negated(less_equal(a, b)); })
        .def("__ge__", [](const Relocatable& a, py::handle b) { return negated(less(a, b)); })
        .def("__hash__", [](const Relocatable& a) { return py::hash(py::make_tuple(a.segment, a.offset)); })
        .def("__str__", &Relocatable::to_string)
        .def("__repr__", [](const Relocatable& a) {
            return "Relocatable(" + std::to_string(a.segment) + ", " + std::to_string(a.offset) + ")";
        })
        .def(py::pickle([](const Relocatable& a) { return py::make_tuple(a.segment, a.offset); },
                        [](const py::tuple& t) {
                            return Relocatable{t[0].cast<int64_t>(), checked_offset(t[1].cast<py::int_>())};
                        }));
}

}  // namespace xcairo::python
