// The builtin runners a Python hint sees as `<name>_builtin` (cairo-lang's exec_locals): the
// parts library hints use: range_check_builtin.bound, ecdsa_builtin.add_signature, and
// instance_def where cairo-lang's runner has one; add_mod and mul_mod are cairo-lang's own
// runners when cairo-lang can be imported.
#include "builtin_objects.hpp"

#include <map>
#include <set>

#include "cairo_lang.hpp"
#include "values.hpp"

namespace xcairo::python {
namespace {

struct HintBuiltin {
    std::shared_ptr<HintRuntime> runtime;
    std::string name;  ///< the builtin's name ("range_check")
};

// The class of cairo-lang's runner for the builtin, as its AttributeErrors name it.
std::string runner_class(const std::string& name) {
    static const std::map<std::string, std::string> classes = {
        {"output", "OutputBuiltinRunner"},   {"pedersen", "HashBuiltinRunner"},
        {"range_check", "RangeCheckBuiltinRunner"}, {"range_check96", "RangeCheckBuiltinRunner"},
        {"ecdsa", "SignatureBuiltinRunner"}, {"bitwise", "BitwiseBuiltinRunner"},
        {"ec_op", "EcOpBuiltinRunner"},      {"keccak", "KeccakBuiltinRunner"},
        {"poseidon", "PoseidonBuiltinRunner"}, {"add_mod", "AddModBuiltinRunner"},
        {"mul_mod", "MulModBuiltinRunner"}};
    const auto it = classes.find(name);
    return it != classes.end() ? it->second : name + "_builtin";
}

[[noreturn]] void no_attribute(const HintBuiltin& builtin, const std::string& attribute) {
    throw py::attribute_error("'" + runner_class(builtin.name) + "' object has no attribute '" + attribute + "'");
}

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
    if (builtin.name != "ecdsa") no_attribute(builtin, "add_signature");
    const MaybeRelocatable addr = value_from_py(address);
    const Felt::Limbs r = limbs_of(signature[0]), s = limbs_of(signature[1]);
    const std::string error = builtin.runtime->get().add_ecdsa_signature(addr, r, s);
    if (!error.empty()) {
        PyErr_SetString(PyExc_AssertionError, error.c_str());
        throw py::error_already_set();
    }
}

// The fields of the layout's definition, as cairo-lang's dataclass takes them.
py::dict instance_def_fields(const BuiltinInstanceDef& def) {
    py::dict fields;
    fields["ratio"] = def.ratio ? py::object(py::int_(*def.ratio)) : py::none();
    if (def.ratio_den) fields["ratio_den"] = *def.ratio_den;
    const py::object loads = py::module_::import("json").attr("loads");
    for (const auto& [key, text] : def.fields) fields[py::str(key)] = loads(text);
    return fields;
}

// instance_def: the layout's definition, its fields as attributes (cairo-lang's dataclass), for
// the runners that keep theirs.
py::object instance_def(const HintBuiltin& builtin) {
    static const std::set<std::string> with_instance_def = {"pedersen", "ecdsa", "keccak", "poseidon",
                                                            "add_mod", "mul_mod"};
    const BuiltinInstanceDef* def = builtin.runtime->get().builtin_instance_def(builtin.name);
    if (def == nullptr || !with_instance_def.count(builtin.name)) no_attribute(builtin, "instance_def");
    py::dict fields = instance_def_fields(*def);
    fields["memory_cells_per_instance"] = def->memory_cells_per_instance;
    return py::module_::import("types").attr("SimpleNamespace")(**fields);
}

// add_mod and mul_mod as cairo-lang's own AddModBuiltinRunner / MulModBuiltinRunner, built from
// the layout's definition, with the run's segments: the library's run_mod_p_circuit hint hands
// them to ModBuiltinRunner.fill_memory, which checks their class and calls their methods. Null
// when cairo-lang cannot be imported (the hint then gets _HintBuiltin).
py::object cairo_lang_mod_runner(const HintContext& context, const std::string& name) {
    const bool add = name == "add_mod";
    const py::object runners =
        import_cairo_lang("starkware.cairo.lang.builtins.modulo.mod_builtin_runner");
    if (!runners) return py::object();
    // Imported by the runners' module.
    const py::module_ definitions =
        py::module_::import("starkware.cairo.lang.builtins.modulo.instance_def");
    const py::dict fields = instance_def_fields(*context.builtin_instance_def(name));
    const py::object def =
        definitions.attr(add ? "AddModInstanceDef" : "MulModInstanceDef")(**fields);
    // A program's %builtins names every builtin that runs outside proof mode: included.
    py::object runner =
        runners.attr(add ? "AddModBuiltinRunner" : "MulModBuiltinRunner")(true, def);
    // initialize_segments would add a segment: the run's own is set where it keeps it.
    runner.attr("_base") = hint_address(*context.builtin_base(name));
    if (const std::optional<Relocatable> zeros = context.builtin_zero_value(name)) {
        runner.attr("set_address_allocated_zeros")(hint_address(*zeros));
    }
    return runner;
}

}  // namespace

py::dict hint_builtins(const std::shared_ptr<HintRuntime>& runtime, const HintContext& context) {
    py::dict builtins;
    for (const std::string& name : context.run_program().builtins) {
        if (context.builtin_runner(name) == nullptr) continue;
        py::object runner;
        if (name == "add_mod" || name == "mul_mod") runner = cairo_lang_mod_runner(context, name);
        if (!runner) runner = py::cast(HintBuiltin{runtime, name});
        builtins[py::str(name + "_builtin")] = runner;
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
            no_attribute(b, "bound");
        })
        .def_property_readonly("instance_def", &instance_def)
        .def("add_signature", &add_signature, py::arg("addr"), py::arg("signature"));
}

}  // namespace xcairo::python
