// vm_load_program for Python hints (cairo-lang's VirtualMachineBase.load_program): the program a
// hint has in hand, cairo-lang's Program or an xcairo.Program, placed where its data was written.
#include "errors.hpp"
#include "hint_objects.hpp"
#include "program.hpp"
#include "values.hpp"

namespace xcairo::python {
namespace {

// The vmcore program of a hint's program object: an xcairo.Program's own, else (cairo-lang's
// Program) parsed from its JSON after load_program's prime check.
std::shared_ptr<const Program> program_to_load(py::handle program, const py::object& prime) {
    if (py::isinstance<PyProgram>(program)) return program.cast<const PyProgram&>().program;
    const py::object program_prime = program.attr("prime");
    if (!program_prime.equal(prime)) {
        const std::string message = "Unexpected prime for loaded program: " +
                                    std::string(py::str(program_prime)) + " != " +
                                    std::string(py::str(prime)) + ".";
        PyErr_SetString(PyExc_AssertionError, message.c_str());
        throw py::error_already_set();
    }
    const std::string json = py::str(program.attr("dumps")());
    return translating_errors([&] {
        py::gil_scoped_release release;
        return std::make_shared<const Program>(load_program_json(json));
    });
}

}  // namespace

py::object hint_load_program(std::shared_ptr<HintRuntime> runtime, py::object prime) {
    return py::cpp_function(
        [runtime, prime](py::handle program, py::handle program_base) {
            std::shared_ptr<const Program> loaded = program_to_load(program, prime);
            const MaybeRelocatable base = value_from_py(program_base);
            translating_hint_errors([&] {
                HintContext& context = runtime->get();
                if (!base.is_relocatable()) {
                    throw HintError("NotImplementedError",
                                    "xcairo: vm_load_program at an integer program_base is not supported");
                }
                context.load_program(std::move(loaded), base.relocatable());
            });
        },
        py::name("vm_load_program"), py::arg("program"), py::arg("program_base"));
}

}  // namespace xcairo::python
