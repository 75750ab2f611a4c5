// Python memory rules: cairo-lang's vm.add_auto_deduction_rule / vm.add_validation_rule, whose
// callables the VM calls with (vm, addr, *args) and (memory, addr, *args).
#include "memory_rules.hpp"

#include "values.hpp"

namespace xcairo::python {
namespace {

// The `vm` a deduction rule gets: what cairo-lang's builtin rules use of its VirtualMachine.
struct RuleVm {
    std::shared_ptr<HintRuntime> runtime;
    py::object memory;       ///< validated_memory
    py::object bare_memory;  ///< run_context.memory
    py::object prime;
};

// vm.run_context: the (bare) memory and the registers.
struct RuleRunContext {
    std::shared_ptr<HintRuntime> runtime;
    py::object memory;
};

// A rule's callable, its extra arguments, what it gets first (vm or memory) and, for a deduction
// rule, the prime its value is reduced by.
struct RuleObjects {
    py::object callable;
    py::tuple args;
    py::object first;
    py::object prime;
};

class PythonRule {
  public:
    // The VM holding the rule may be freed in any thread, or after the interpreter is gone.
    PythonRule(std::shared_ptr<HintRuntime> runtime, RuleObjects objects)
        : m_runtime(std::move(runtime)), m_objects(gil_owned(new RuleObjects(std::move(objects)))) {}

  protected:
    // rule(first, addr, *args) with the hint objects reaching `context`; the GIL must be held.
    // Throws HintError when the rule raises.
    py::object call(HintContext& context, const Relocatable& addr) {
        struct Restore {
            HintRuntime& runtime;
            HintContext* previous;
            ~Restore() { runtime.context = previous; }
        } restore{*m_runtime, m_runtime->context};
        m_runtime->context = &context;
        py::list args;
        args.append(m_objects->first);
        args.append(hint_address(addr));
        for (py::handle arg : m_objects->args) args.append(arg);
        PyObject* result = PyObject_Call(m_objects->callable.ptr(), py::tuple(args).ptr(), nullptr);
        std::optional<HintError> error;
        if (result == nullptr) error = hint_error_of(py::error_already_set());
        // A rule's prints reach the terminal in order with the run's own output.
        py::module_::import("sys").attr("stdout").attr("flush")();
        if (error) throw *error;
        return py::reinterpret_steal<py::object>(result);
    }

    const py::object& prime() const { return m_objects->prime; }

  private:
    std::shared_ptr<HintRuntime> m_runtime;
    std::shared_ptr<RuleObjects> m_objects;
};

class PythonDeductionRule final : public DeductionRule, PythonRule {
  public:
    using PythonRule::PythonRule;

    std::optional<MaybeRelocatable> deduce(HintContext& context, const Relocatable& addr) override {
        py::gil_scoped_acquire gil;
        const py::object value = call(context, addr);
        if (value.is_none()) return std::nullopt;
        // validated_memory[addr] = value: `value %= prime`, then the memory's own checks.
        if (std::optional<Relocatable> address = as_address(value)) return MaybeRelocatable(*address);
        PyObject* reduced = PyNumber_Remainder(value.ptr(), prime().ptr());
        if (reduced == nullptr) throw hint_error_of(py::error_already_set());
        try {
            return value_from_py(py::reinterpret_steal<py::object>(reduced));
        } catch (const py::builtin_exception& error) {
            throw HintError("TypeError", error.what());
        }
    }

    std::optional<std::string> mismatch(HintContext& context, const Relocatable& addr,
                                        const MaybeRelocatable& current) override {
        py::gil_scoped_acquire gil;
        const py::object value = call(context, addr);
        if (value.is_none()) return std::nullopt;
        // `current != value and not check_eq(current, value)`, compared in Python as cairo-lang
        // does (the rule's value unreduced).
        const py::object held = hint_value(current);
        const int differ = PyObject_RichCompareBool(held.ptr(), value.ptr(), Py_NE);
        const int equal = differ == 1 ? PyObject_RichCompareBool(held.ptr(), value.ptr(), Py_EQ) : 1;
        if (differ < 0 || equal < 0) throw hint_error_of(py::error_already_set());
        if (differ == 0 || equal == 1) return std::nullopt;
        return std::string(py::str(value));
    }
};

class PythonValidationRule final : public ValidationRule, PythonRule {
  public:
    using PythonRule::PythonRule;

    std::vector<Relocatable> validate(HintContext& context, const Relocatable& addr) override {
        py::gil_scoped_acquire gil;
        const py::object result = call(context, addr);
        // `validated_addresses |= rule(...)`: a TypeError for anything but a set.
        py::set validated;
        PyObject* merged = PyNumber_InPlaceOr(validated.ptr(), result.ptr());
        if (merged == nullptr) throw hint_error_of(py::error_already_set());
        std::vector<Relocatable> addresses;
        for (py::handle item : py::reinterpret_steal<py::object>(merged)) {
            if (std::optional<Relocatable> address = as_address(item)) addresses.push_back(*address);
        }
        return addresses;
    }
};

// cairo-lang keys its rules by segment_index in a dict: an int (or what equals one as a key, such
// as True) names that segment; a rule under any other key never runs.
std::optional<int64_t> segment_of(py::handle key) {
    PyObject* index = PyNumber_Index(key.ptr());
    if (index == nullptr) {
        PyErr_Clear();
        return std::nullopt;
    }
    const auto held = py::reinterpret_steal<py::object>(index);
    int overflow = 0;
    const long long value = PyLong_AsLongLongAndOverflow(held.ptr(), &overflow);
    if (overflow != 0) return std::nullopt;
    return static_cast<int64_t>(value);
}

}  // namespace

py::dict memory_rule_functions(std::shared_ptr<HintRuntime> runtime, py::object memory, py::object prime) {
    py::dict functions;
    // A validation rule gets the memory under the validated one, as vm.run_context has it.
    const py::object bare_memory = hint_memory(runtime, false);
    const py::object vm = py::cast(RuleVm{runtime, memory, bare_memory, prime});
    functions["vm_add_auto_deduction_rule"] = py::cpp_function(
        [runtime, vm, prime](py::handle segment_index, py::object rule, py::args args) {
            const std::optional<int64_t> segment = segment_of(segment_index);
            if (!segment) return;
            auto added = std::make_shared<PythonDeductionRule>(runtime, RuleObjects{rule, args, vm, prime});
            translating_hint_errors([&] { runtime->get().add_deduction_rule(*segment, std::move(added)); });
        },
        py::name("vm_add_auto_deduction_rule"));
    functions["vm_add_validation_rule"] = py::cpp_function(
        [runtime, bare_memory](py::handle segment_index, py::object rule, py::args args) {
            const std::optional<int64_t> segment = segment_of(segment_index);
            if (!segment) return;
            auto added = std::make_shared<PythonValidationRule>(runtime, RuleObjects{rule, args, bare_memory, {}});
            translating_hint_errors([&] { runtime->get().add_validation_rule(*segment, std::move(added)); });
        },
        py::name("vm_add_validation_rule"));
    return functions;
}

void define_memory_rules(py::module_& m) {
    py::class_<RuleVm>(m, "_RuleVm",
                       "The `vm` a deduction rule gets: validated_memory, run_context, prime, "
                       "current_step, is_integer_value (what cairo-lang's builtin rules use).")
        .def_property_readonly("validated_memory", [](const RuleVm& vm) { return vm.memory; })
        .def_property_readonly("run_context", [](const RuleVm& vm) { return RuleRunContext{vm.runtime, vm.bare_memory}; })
        .def_property_readonly("prime", [](const RuleVm& vm) { return vm.prime; })
        .def_property_readonly("current_step", [](const RuleVm& vm) { return vm.runtime->get().current_step(); })
        .def("is_integer_value", [](const RuleVm&, py::handle value) { return PyLong_Check(value.ptr()) != 0; },
             py::arg("value"));
    py::class_<RuleRunContext>(m, "_RuleRunContext", "vm.run_context for a deduction rule: memory, pc, ap, fp.")
        .def_property_readonly("memory", [](const RuleRunContext& c) { return c.memory; })
        .def_property_readonly("pc", [](const RuleRunContext& c) { return hint_address(c.runtime->get().pc()); })
        .def_property_readonly("ap", [](const RuleRunContext& c) { return hint_address(c.runtime->get().ap()); })
        .def_property_readonly("fp", [](const RuleRunContext& c) { return hint_address(c.runtime->get().fp()); });
}

}  // namespace xcairo::python
