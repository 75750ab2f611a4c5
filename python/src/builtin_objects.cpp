// The builtin runners a Python hint sees as `<name>_builtin` (cairo-lang's exec_locals): the
// parts library hints use, range_check_builtin.bound and ecdsa_builtin.add_signature.
#include "builtin_objects.hpp"

#include "builtins/ecdsa_runner.hpp"
#include "values.hpp"

namespace xcairo::python {
namespace {

struct HintBuiltin {
    std::shared_ptr<HintRuntime> runtime;
    std::string name;  ///< the builtin's name ("range_check")
};

// A non-negative int below 2^256 as little-endian limbs (cairo-lang takes Python ints).
Felt::Limbs limbs_of(py::handle value) {
    const py::int_ number = py::reinterpret_borrow<py::object>(value);
    if (number < py::int_(0) || number.attr("bit_length")().cast<int>() > 256)
        throw py::value_error("xcairo: a signature component must be in [0, 2**256)");
    const std::string bytes = py::bytes(number.attr("to_bytes")(32, "little"));
    Felt::Limbs limbs{};
    for (size_t i = 0; i < 32; ++i)
        limbs[i / 8] |= uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * (i % 8));
    return limbs;
}

void add_signature(const HintBuiltin& builtin, py::handle address, py::tuple signature) {
    auto* ecdsa = dynamic_cast<EcdsaRunner*>(builtin.runtime->get().builtin_runner(builtin.name));
    if (ecdsa == nullptr)
        throw py::attribute_error("'" + builtin.name + "_builtin' has no attribute 'add_signature'");
    const std::string error = ecdsa->add_signature(
        value_from_py(address), EcdsaSignature{limbs_of(signature[0]), limbs_of(signature[1])});
    if (!error.empty()) {
        PyErr_SetString(PyExc_AssertionError, error.c_str());
        throw py::error_already_set();
    }
}

}  // namespace

py::dict hint_builtins(const std::shared_ptr<HintRuntime>& runtime, const HintContext& context) {
    py::dict builtins;
    for (const std::string& name : context.program().builtins) {
        if (context.builtin_runner(name) == nullptr) continue;
        builtins[py::str(name + "_builtin")] = py::cast(HintBuiltin{runtime, name});
    }
    return builtins;
}

void define_builtin_objects(py::module_& m) {
    py::class_<HintBuiltin>(m, "_HintBuiltin", "A builtin runner, as a hint sees it.")
        .def_property_readonly("name", [](const HintBuiltin& b) { return b.name; })
        .def_property_readonly("bound", [](const HintBuiltin& b) -> py::object {
            // RangeCheckBuiltinRunner.bound: 2 ** (16 * n_parts).
            if (b.name == "range_check") return py::int_(1).attr("__lshift__")(128);
            if (b.name == "range_check96") return py::int_(1).attr("__lshift__")(96);
            throw py::attribute_error("'" + b.name + "_builtin' has no attribute 'bound'");
        })
        .def("add_signature", &add_signature, py::arg("addr"), py::arg("signature"));
}

}  // namespace xcairo::python
